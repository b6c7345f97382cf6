recover_callee_recovers.go:6:8: func literal does not escape
recover_callee_recovers.go:20:14: ... argument does not escape
recover_callee_recovers.go:20:15: i escapes to heap
recover_callee_recovers.go:20:23: risky(i) escapes to heap
