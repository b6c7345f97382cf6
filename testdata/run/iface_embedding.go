package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ data []string }

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buf) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func use(rw ReadWriter) {
	fmt.Println(rw.Write("hello"), rw.Write("go"))
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), r.Read())
}

func main() {
	use(&Buf{})
}
