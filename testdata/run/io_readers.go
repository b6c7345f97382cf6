package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// io helpers over a user-defined Reader: ReadFull, ReadAtLeast (short
// buffer, unexpected EOF), ReadAll, Copy to os.Stdout, WriteString.

type chunks struct {
	parts []string
}

func (c *chunks) Read(p []byte) (int, error) {
	if len(c.parts) == 0 {
		return 0, io.EOF
	}
	n := copy(p, c.parts[0])
	c.parts[0] = c.parts[0][n:]
	if c.parts[0] == "" {
		c.parts = c.parts[1:]
	}
	return n, nil
}

type upper struct{ n int }

func (u *upper) Write(p []byte) (int, error) {
	u.n += len(p)
	fmt.Print(strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	buf := make([]byte, 5)
	n, err := io.ReadFull(&chunks{[]string{"ab", "cde", "fg"}}, buf)
	fmt.Println(n, err, string(buf[:n]))

	n, err = io.ReadFull(&chunks{[]string{"xy"}}, buf)
	fmt.Println(n, err, errors.Is(err, io.ErrUnexpectedEOF))

	n, err = io.ReadFull(&chunks{nil}, buf)
	fmt.Println(n, err == io.EOF)

	n, err = io.ReadAtLeast(&chunks{[]string{"abc"}}, buf[:2], 3)
	fmt.Println(n, err)

	all, err := io.ReadAll(&chunks{[]string{"hello ", "world", strings.Repeat("!", 600)}})
	fmt.Println(len(all), err, string(all[:11]))

	w, err := io.Copy(os.Stdout, &chunks{[]string{"copied ", "to stdout\n"}})
	fmt.Println(w, err)

	u := &upper{}
	io.WriteString(u, "shout\n")
	fmt.Println(u.n)
	io.WriteString(os.Stdout, "direct\n")
}
