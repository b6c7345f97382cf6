recover_goroutine_repanic.go:12:40: (recover()).(int) + 1 escapes to heap
recover_goroutine_repanic.go:12:9: func literal does not escape
recover_goroutine_repanic.go:13:25: (recover()).(int) * 2 escapes to heap
recover_goroutine_repanic.go:7:8: func literal does not escape
recover_goroutine_repanic.go:10:8: func literal does not escape
recover_goroutine_repanic.go:11:8: func literal does not escape
recover_goroutine_repanic.go:15:8: id escapes to heap
recover_goroutine_repanic.go:21:6: func literal escapes to heap
