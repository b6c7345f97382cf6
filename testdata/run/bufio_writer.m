bufio_writer.go:13:14: ... argument does not escape
bufio_writer.go:13:31: i escapes to heap
bufio_writer.go:19:14: ... argument does not escape
bufio_writer.go:19:18: "buffered:" escapes to heap
bufio_writer.go:19:44: (*bufio.Writer).Buffered(w) > 0 escapes to heap
bufio_writer.go:20:14: ... argument does not escape
bufio_writer.go:20:26: "stderr is not buffered" escapes to heap
bufio_writer.go:22:13: ... argument does not escape
bufio_writer.go:22:18: i % 10 escapes to heap
