os_getenv_args.go:9:13: ... argument does not escape
os_getenv_args.go:9:17: len(os.Args) escapes to heap
os_getenv_args.go:9:44: len(os.Args[0]) > 0 escapes to heap
os_getenv_args.go:10:12: ... argument does not escape
os_getenv_args.go:10:30: os.Getenv("GOCC_SURELY_UNSET_VARIABLE_12345") escapes to heap
os_getenv_args.go:12:12: ... argument does not escape
os_getenv_args.go:12:24: v escapes to heap
os_getenv_args.go:12:27: ok escapes to heap
os_getenv_args.go:13:13: ... argument does not escape
os_getenv_args.go:13:32: os.Getenv("PATH") != "" escapes to heap
