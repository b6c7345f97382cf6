os_exit.go:9:13: ... argument does not escape
os_exit.go:9:14: "before exit" escapes to heap
os_exit.go:12:13: ... argument does not escape
os_exit.go:12:14: "never printed" escapes to heap
