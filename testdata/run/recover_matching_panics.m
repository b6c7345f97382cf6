recover_matching_panics.go:8:14: ... argument does not escape
recover_matching_panics.go:8:15: "inner recovered:" escapes to heap
recover_matching_panics.go:9:9: "from inner's defer" escapes to heap
recover_matching_panics.go:6:8: func literal does not escape
recover_matching_panics.go:11:8: "inner" escapes to heap
recover_matching_panics.go:16:14: ... argument does not escape
recover_matching_panics.go:16:15: "middle recovered:" escapes to heap
recover_matching_panics.go:15:8: func literal does not escape
recover_matching_panics.go:23:14: ... argument does not escape
recover_matching_panics.go:23:15: "outer recovered:" escapes to heap
recover_matching_panics.go:22:8: func literal does not escape
recover_matching_panics.go:26:8: "outer" escapes to heap
recover_matching_panics.go:31:13: ... argument does not escape
recover_matching_panics.go:31:14: "main continues" escapes to heap
