panic_goexit_after_panic.go:10:14: ... argument does not escape
panic_goexit_after_panic.go:10:15: "recover during Goexit returns" escapes to heap
panic_goexit_after_panic.go:9:8: func literal does not escape
panic_goexit_after_panic.go:13:8: "aborted by Goexit" escapes to heap
