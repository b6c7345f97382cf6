defer_dead_unreachable.go:12:11: leaking param: s
defer_dead_unreachable.go:12:35: append escapes to heap
defer_dead_unreachable.go:64:21: "recovered " + (recover()).(string) escapes to heap
defer_dead_unreachable.go:63:8: func literal does not escape
defer_dead_unreachable.go:67:9: "p" escapes to heap
