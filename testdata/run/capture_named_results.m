capture_named_results.go:19:8: func literal does not escape
capture_named_results.go:21:15: ... argument does not escape
capture_named_results.go:21:16: "BUG: x =" escapes to heap
capture_named_results.go:21:28: x escapes to heap
capture_named_results.go:28:14: moved to heap: x
capture_named_results.go:29:9: func literal escapes to heap
capture_named_results.go:34:17: moved to heap: p
capture_named_results.go:34:20: moved to heap: q
capture_named_results.go:36:13: func literal escapes to heap
capture_named_results.go:42:9: func literal does not escape
capture_named_results.go:60:13: ... argument does not escape
capture_named_results.go:60:14: "kept" escapes to heap
capture_named_results.go:60:26: keep() escapes to heap
capture_named_results.go:64:13: ... argument does not escape
capture_named_results.go:64:17: p.a[0] escapes to heap
capture_named_results.go:64:25: q.a[0] escapes to heap
capture_named_results.go:64:34: kp.a[0] escapes to heap
capture_named_results.go:64:43: kq.a[0] escapes to heap
capture_named_results.go:65:13: ... argument does not escape
capture_named_results.go:65:27: keptLocalOnly() escapes to heap
