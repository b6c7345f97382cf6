os_environ.go:22:13: ... argument does not escape
os_environ.go:22:23: len(env) > 0 escapes to heap
os_environ.go:22:28: path escapes to heap
os_environ.go:22:34: all escapes to heap
os_environ.go:22:55: os.Environ()[0] != "changed" escapes to heap
