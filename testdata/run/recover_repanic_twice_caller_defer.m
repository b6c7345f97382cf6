recover_repanic_twice_caller_defer.go:9:8: func literal does not escape
recover_repanic_twice_caller_defer.go:10:8: func literal does not escape
recover_repanic_twice_caller_defer.go:11:8: 1 escapes to heap
recover_repanic_twice_caller_defer.go:15:8: func literal does not escape
