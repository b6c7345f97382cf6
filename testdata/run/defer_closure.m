defer_closure.go:7:8: func literal does not escape
defer_closure.go:8:14: ... argument does not escape
defer_closure.go:8:15: "closure sees x =" escapes to heap
defer_closure.go:8:35: x escapes to heap
defer_closure.go:11:8: func literal does not escape
defer_closure.go:12:14: ... argument does not escape
defer_closure.go:12:15: "second closure sees x =" escapes to heap
defer_closure.go:12:42: x escapes to heap
defer_closure.go:16:13: ... argument does not escape
defer_closure.go:16:14: "body done, x =" escapes to heap
defer_closure.go:16:32: x escapes to heap
