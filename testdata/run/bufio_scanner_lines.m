bufio_scanner_lines.go:22:13: ... argument does not escape
bufio_scanner_lines.go:22:26: lines escapes to heap
bufio_scanner_lines.go:22:33: line escapes to heap
bufio_scanner_lines.go:25:14: ... argument does not escape
bufio_scanner_lines.go:25:15: "error:" escapes to heap
bufio_scanner_lines.go:27:13: ... argument does not escape
bufio_scanner_lines.go:27:14: "lines" escapes to heap
bufio_scanner_lines.go:27:23: lines escapes to heap
bufio_scanner_lines.go:27:30: "sum" escapes to heap
bufio_scanner_lines.go:27:37: sum escapes to heap
