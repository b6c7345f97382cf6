recover_goexit_repanic_nested.go:9:8: func literal does not escape
recover_goexit_repanic_nested.go:10:8: func literal does not escape
recover_goexit_repanic_nested.go:11:8: "inner" escapes to heap
recover_goexit_repanic_nested.go:23:10: func literal does not escape
recover_goexit_repanic_nested.go:24:10: "during goexit" escapes to heap
recover_goexit_repanic_nested.go:16:5: func literal escapes to heap
recover_goexit_repanic_nested.go:17:9: func literal does not escape
recover_goexit_repanic_nested.go:18:9: func literal does not escape
recover_goexit_repanic_nested.go:22:9: func literal does not escape
