defer_os_exit_skips.go:11:21: "inner defer runs: its function returned" escapes to heap
defer_os_exit_skips.go:11:20: ... argument does not escape
defer_os_exit_skips.go:9:20: "never printed" escapes to heap
defer_os_exit_skips.go:9:19: ... argument does not escape
defer_os_exit_skips.go:10:2: func literal does not escape
defer_os_exit_skips.go:13:13: ... argument does not escape
defer_os_exit_skips.go:13:14: "exiting with 3" escapes to heap
