os_args.go:9:13: ... argument does not escape
os_args.go:9:17: len(os.Args) escapes to heap
os_args.go:11:14: ... argument does not escape
os_args.go:11:15: a escapes to heap
