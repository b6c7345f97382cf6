debug_stack_frames.go:11:11: stack does not escape
debug_stack_frames.go:12:32: string(stack) escapes to heap
debug_stack_frames.go:13:13: ... argument does not escape
debug_stack_frames.go:13:19: lines[0] escapes to heap
debug_stack_frames.go:17:15: ... argument does not escape
debug_stack_frames.go:17:17: l[:strings.LastIndex(l, "(")] escapes to heap
debug_stack_frames.go:23:15: ... argument does not escape
debug_stack_frames.go:23:16: " " escapes to heap
debug_stack_frames.go:23:21: l escapes to heap
debug_stack_frames.go:35:7: &T{} does not escape
debug_stack_frames.go:36:2: func literal does not escape
