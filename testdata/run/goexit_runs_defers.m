goexit_runs_defers.go:9:20: "main's defer 1" escapes to heap
goexit_runs_defers.go:9:19: ... argument does not escape
goexit_runs_defers.go:10:20: "main's defer 2" escapes to heap
goexit_runs_defers.go:10:19: ... argument does not escape
goexit_runs_defers.go:11:13: ... argument does not escape
goexit_runs_defers.go:11:14: "calling Goexit" escapes to heap
goexit_runs_defers.go:13:13: ... argument does not escape
goexit_runs_defers.go:13:14: "not reached" escapes to heap
