goexit_in_deferred_during_panic.go:12:5: func literal escapes to heap
goexit_in_deferred_during_panic.go:13:9: func literal does not escape
goexit_in_deferred_during_panic.go:14:9: func literal does not escape
goexit_in_deferred_during_panic.go:16:9: func literal does not escape
goexit_in_deferred_during_panic.go:17:9: "boom" escapes to heap
