os_exit_zero_early.go:10:14: ... argument does not escape
os_exit_zero_early.go:10:15: "exiting at" escapes to heap
os_exit_zero_early.go:10:29: n escapes to heap
os_exit_zero_early.go:17:14: ... argument does not escape
os_exit_zero_early.go:17:15: "iteration" escapes to heap
os_exit_zero_early.go:17:28: i escapes to heap
