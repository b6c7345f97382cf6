escape_goto_loops.go:17:2: moved to heap: x
escape_goto_loops.go:34:7: &T{...} escapes to heap
escape_goto_loops.go:40:14: []int{...} escapes to heap
escape_goto_loops.go:49:10: func literal escapes to heap
escape_goto_loops.go:54:14: []int{...} escapes to heap
escape_goto_loops.go:62:2: moved to heap: v
escape_goto_loops.go:68:15: []*int{...} escapes to heap
escape_goto_loops.go:76:10: new(int) escapes to heap
escape_goto_loops.go:94:12: []int{...} escapes to heap
escape_goto_loops.go:111:20: [2]int{...} escapes to heap
escape_goto_loops.go:124:13: ... argument does not escape
escape_goto_loops.go:124:22: gotoLoop() escapes to heap
escape_goto_loops.go:124:33: gotoLit() escapes to heap
escape_goto_loops.go:124:48: gotoClosure() escapes to heap
escape_goto_loops.go:124:59: gotoNew() escapes to heap
escape_goto_loops.go:124:75: gotoSliceLit() escapes to heap
escape_goto_loops.go:124:88: gotoIface() escapes to heap
escape_goto_loops.go:126:13: ... argument does not escape
escape_goto_loops.go:126:14: *ps[0] escapes to heap
escape_goto_loops.go:126:22: *ps[1] escapes to heap
