defer_in_loop_heap.go:15:13: ... argument does not escape
defer_in_loop_heap.go:15:14: "body, total =" escapes to heap
defer_in_loop_heap.go:15:31: total escapes to heap
defer_in_loop_heap.go:20:13: ... argument does not escape
defer_in_loop_heap.go:20:14: "after, total =" escapes to heap
defer_in_loop_heap.go:20:32: total escapes to heap
defer_in_loop_heap.go:22:13: ... argument does not escape
defer_in_loop_heap.go:22:14: "after empty run, total =" escapes to heap
defer_in_loop_heap.go:22:42: total escapes to heap
