bufio_scanner_runes_bytes.go:13:13: ... argument does not escape
bufio_scanner_runes_bytes.go:13:28: (*bufio.Scanner).Text(sc) escapes to heap
bufio_scanner_runes_bytes.go:18:13: ... argument does not escape
bufio_scanner_runes_bytes.go:18:29: (*bufio.Scanner).Bytes(sc) escapes to heap
