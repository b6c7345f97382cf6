bufio_scanner_words.go:13:16: make([]byte, 1048576) escapes to heap
bufio_scanner_words.go:15:10: func literal does not escape
bufio_scanner_words.go:21:16: make([]int, n + 1) does not escape
bufio_scanner_words.go:30:15: ... argument does not escape
bufio_scanner_words.go:30:28: prefix[r] - prefix[l - 1] escapes to heap
