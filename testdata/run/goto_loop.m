goto_loop.go:9:12: ... argument does not escape
goto_loop.go:9:13: i escapes to heap
goto_loop.go:9:16: " " escapes to heap
goto_loop.go:29:13: ... argument does not escape
goto_loop.go:29:14: "collatz steps" escapes to heap
goto_loop.go:29:31: steps escapes to heap
