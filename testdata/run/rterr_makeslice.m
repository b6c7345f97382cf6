rterr_makeslice.go:5:10: name does not escape
rterr_makeslice.go:5:23: f does not escape
rterr_makeslice.go:6:8: func literal does not escape
rterr_makeslice.go:7:14: ... argument does not escape
rterr_makeslice.go:7:19: name + ":" escapes to heap
rterr_makeslice.go:7:19: name + ":" escapes to heap
rterr_makeslice.go:15:22: func literal does not escape
rterr_makeslice.go:15:39: make([]int, n) does not escape
rterr_makeslice.go:16:19: func literal does not escape
rterr_makeslice.go:16:36: make([]int, 3, 2) does not escape
rterr_makeslice.go:17:22: func literal does not escape
rterr_makeslice.go:17:39: make([]int, 0, n) does not escape
rterr_makeslice.go:18:18: func literal does not escape
rterr_makeslice.go:18:35: make([]int64, 4611686018427387904) does not escape
rterr_makeslice.go:19:12: func literal does not escape
rterr_makeslice.go:19:30: make([]int, c, c + 1) does not escape
rterr_makeslice.go:19:58: ... argument does not escape
rterr_makeslice.go:19:62: len(s) escapes to heap
rterr_makeslice.go:19:70: cap(s) escapes to heap
