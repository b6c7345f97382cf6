io_readers.go:25:11: (*chunks).Read ignoring self-assignment in c.parts = c.parts[1:]
io_readers.go:18:7: leaking param content: c
io_readers.go:18:23: p does not escape
io_readers.go:32:7: u does not escape
io_readers.go:32:23: p does not escape
io_readers.go:34:11: ... argument does not escape
io_readers.go:34:27: strings.ToUpper(string(p)) escapes to heap
io_readers.go:34:35: string(p) escapes to heap
io_readers.go:39:13: make([]byte, 5) escapes to heap
io_readers.go:40:24: &chunks{...} escapes to heap
io_readers.go:40:40: []string{...} escapes to heap
io_readers.go:41:13: ... argument does not escape
io_readers.go:41:14: n escapes to heap
io_readers.go:41:28: string(buf[:n]) escapes to heap
io_readers.go:41:32: string(buf[:n]) escapes to heap
io_readers.go:43:23: &chunks{...} escapes to heap
io_readers.go:43:39: []string{...} escapes to heap
io_readers.go:44:13: ... argument does not escape
io_readers.go:44:14: n escapes to heap
io_readers.go:44:31: errors.Is(err, io.ErrUnexpectedEOF) escapes to heap
io_readers.go:46:23: &chunks{...} escapes to heap
io_readers.go:47:13: ... argument does not escape
io_readers.go:47:14: n escapes to heap
io_readers.go:47:21: err == io.EOF escapes to heap
io_readers.go:49:26: &chunks{...} escapes to heap
io_readers.go:49:42: []string{...} escapes to heap
io_readers.go:50:13: ... argument does not escape
io_readers.go:50:14: n escapes to heap
io_readers.go:52:25: &chunks{...} escapes to heap
io_readers.go:52:41: []string{...} escapes to heap
io_readers.go:53:13: ... argument does not escape
io_readers.go:53:17: len(all) escapes to heap
io_readers.go:53:35: string(all[:11]) escapes to heap
io_readers.go:53:39: string(all[:11]) escapes to heap
io_readers.go:55:31: &chunks{...} escapes to heap
io_readers.go:55:47: []string{...} escapes to heap
io_readers.go:56:13: ... argument does not escape
io_readers.go:56:14: w escapes to heap
io_readers.go:58:7: &upper{} escapes to heap
io_readers.go:60:13: ... argument does not escape
io_readers.go:60:15: u.n escapes to heap
