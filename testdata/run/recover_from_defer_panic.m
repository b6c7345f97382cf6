recover_from_defer_panic.go:7:14: ... argument does not escape
recover_from_defer_panic.go:7:15: "recovered the later panic:" escapes to heap
recover_from_defer_panic.go:10:9: "second, raised in a defer" escapes to heap
recover_from_defer_panic.go:6:8: func literal does not escape
recover_from_defer_panic.go:9:8: func literal does not escape
recover_from_defer_panic.go:12:8: "first" escapes to heap
recover_from_defer_panic.go:17:13: ... argument does not escape
recover_from_defer_panic.go:17:14: "main continues" escapes to heap
