package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// The frames of runtime/debug.Stack, names and file:line only (addresses,
// arguments and offsets differ between compilers).
func show(stack []byte) {
	lines := strings.Split(string(stack), "\n")
	fmt.Println(lines[0])
	for _, l := range lines[1:] {
		switch {
		case strings.HasPrefix(l, "main."):
			fmt.Println(l[:strings.LastIndex(l, "(")])
		case strings.HasPrefix(l, "\t") && strings.Contains(l, "debug_stack_frames.go:"):
			l = l[strings.LastIndex(l, "/")+1:]
			if i := strings.Index(l, " "); i >= 0 {
				l = l[:i]
			}
			fmt.Println(" ", l)
		}
	}
}

type T struct{}

func (*T) M() {
	show(debug.Stack())
}

func main() {
	t := &T{}
	func() {
		t.M()
	}()
}
