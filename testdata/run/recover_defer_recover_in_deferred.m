recover_defer_recover_in_deferred.go:11:14: ... argument does not escape
recover_defer_recover_in_deferred.go:11:15: "after: recover() =" escapes to heap
recover_defer_recover_in_deferred.go:10:8: func literal does not escape
recover_defer_recover_in_deferred.go:13:8: func literal does not escape
recover_defer_recover_in_deferred.go:16:8: 5 escapes to heap
recover_defer_recover_in_deferred.go:21:14: ... argument does not escape
recover_defer_recover_in_deferred.go:21:15: "outer sees" escapes to heap
recover_defer_recover_in_deferred.go:26:15: ... argument does not escape
recover_defer_recover_in_deferred.go:26:16: "inner recovered" escapes to heap
recover_defer_recover_in_deferred.go:25:9: func literal does not escape
recover_defer_recover_in_deferred.go:28:9: 3 escapes to heap
recover_defer_recover_in_deferred.go:20:8: func literal does not escape
recover_defer_recover_in_deferred.go:23:8: func literal does not escape
recover_defer_recover_in_deferred.go:30:8: 2 escapes to heap
recover_defer_recover_in_deferred.go:36:14: ... argument does not escape
recover_defer_recover_in_deferred.go:36:15: "no panic here" escapes to heap
recover_defer_recover_in_deferred.go:34:8: func literal does not escape
recover_defer_recover_in_deferred.go:42:14: ... argument does not escape
recover_defer_recover_in_deferred.go:42:15: "loop: outer sees" escapes to heap
recover_defer_recover_in_deferred.go:41:8: func literal does not escape
recover_defer_recover_in_deferred.go:44:8: func literal does not escape
recover_defer_recover_in_deferred.go:49:8: "loop" escapes to heap
recover_defer_recover_in_deferred.go:57:13: ... argument does not escape
recover_defer_recover_in_deferred.go:57:14: "done" escapes to heap
