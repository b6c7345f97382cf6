defer_goto_forward.go:7:20: "deferred, skip =" escapes to heap
defer_goto_forward.go:7:40: skip escapes to heap
defer_goto_forward.go:7:19: ... argument does not escape
defer_goto_forward.go:11:13: ... argument does not escape
defer_goto_forward.go:11:14: "not skipped" escapes to heap
defer_goto_forward.go:13:13: ... argument does not escape
defer_goto_forward.go:13:14: "end label" escapes to heap
