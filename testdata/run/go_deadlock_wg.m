go_deadlock_wg.go:9:6: moved to heap: wg
go_deadlock_wg.go:11:5: func literal escapes to heap
go_deadlock_wg.go:13:14: ... argument does not escape
go_deadlock_wg.go:13:15: "one done" escapes to heap
