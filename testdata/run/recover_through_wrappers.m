recover_through_wrappers.go:36:11: devirtualizing .autotmp_1.M to T
recover_through_wrappers.go:24:17: s does not escape
recover_through_wrappers.go:31:8: 1 escapes to heap
recover_through_wrappers.go:35:13: T{...} does not escape
recover_through_wrappers.go:37:8: 2 escapes to heap
recover_through_wrappers.go:41:8: func literal does not escape
recover_through_wrappers.go:47:8: 3 escapes to heap
recover_through_wrappers.go:52:8: 4 escapes to heap
recover_through_wrappers.go:59:8: 5 escapes to heap
recover_through_wrappers.go:67:8: 6 escapes to heap
recover_through_wrappers.go:75:3: func literal does not escape
recover_through_wrappers.go:71:8: func literal does not escape
recover_through_wrappers.go:74:8: func literal does not escape
recover_through_wrappers.go:77:8: 7 escapes to heap
