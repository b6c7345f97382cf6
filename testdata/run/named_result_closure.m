named_result_closure.go:5:17: moved to heap: n
named_result_closure.go:6:8: func literal escapes to heap
named_result_closure.go:13:14: leaking param: x
named_result_closure.go:13:9: func literal does not escape
named_result_closure.go:13:36: append escapes to heap
named_result_closure.go:31:13: ... argument does not escape
named_result_closure.go:31:14: n escapes to heap
named_result_closure.go:32:13: ... argument does not escape
named_result_closure.go:32:19: build() escapes to heap
named_result_closure.go:33:13: ... argument does not escape
named_result_closure.go:33:20: shadow() escapes to heap
