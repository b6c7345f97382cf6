bufio_scanner_empty_stdin.go:15:13: ... argument does not escape
bufio_scanner_empty_stdin.go:15:14: "lines:" escapes to heap
bufio_scanner_empty_stdin.go:15:24: n escapes to heap
bufio_scanner_empty_stdin.go:15:27: "err:" escapes to heap
bufio_scanner_empty_stdin.go:18:13: ... argument does not escape
