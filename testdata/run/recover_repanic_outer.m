recover_repanic_outer.go:8:14: ... argument does not escape
recover_repanic_outer.go:8:15: "inner saw:" escapes to heap
recover_repanic_outer.go:9:19: fmt.Sprint(... argument...) escapes to heap
recover_repanic_outer.go:9:19: ... argument does not escape
recover_repanic_outer.go:9:23: " (re-raised)" escapes to heap
recover_repanic_outer.go:6:8: func literal does not escape
recover_repanic_outer.go:11:8: "problem" escapes to heap
recover_repanic_outer.go:16:14: ... argument does not escape
recover_repanic_outer.go:16:15: "main recovered:" escapes to heap
recover_repanic_outer.go:15:8: func literal does not escape
