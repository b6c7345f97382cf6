unsafe_defer_go.go:8:11: leaking param: s
unsafe_defer_go.go:8:20: p does not escape
unsafe_defer_go.go:8:38: leaking param: str
unsafe_defer_go.go:9:13: ... argument does not escape
unsafe_defer_go.go:9:14: s escapes to heap
unsafe_defer_go.go:9:17: *(*int)(p) escapes to heap
unsafe_defer_go.go:9:29: str escapes to heap
unsafe_defer_go.go:25:14: ... argument does not escape
unsafe_defer_go.go:25:15: "recovered:" escapes to heap
unsafe_defer_go.go:17:10: p does not escape
unsafe_defer_go.go:13:2: moved to heap: arr
unsafe_defer_go.go:14:14: ([]byte)("golang") escapes to heap
unsafe_defer_go.go:17:5: func literal escapes to heap
unsafe_defer_go.go:18:14: ... argument does not escape
unsafe_defer_go.go:18:15: *(*int)(p) escapes to heap
unsafe_defer_go.go:23:8: func literal does not escape
