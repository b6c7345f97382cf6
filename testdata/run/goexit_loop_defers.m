goexit_loop_defers.go:10:21: "loop defer" escapes to heap
goexit_loop_defers.go:10:35: i escapes to heap
goexit_loop_defers.go:10:20: ... argument does not escape
