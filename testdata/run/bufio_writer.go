package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for i := 0; i < 5; i++ {
		fmt.Fprintf(w, "line %d\n", i)
	}
	w.WriteString("written string\n")
	w.WriteByte('b')
	w.WriteRune('é')
	w.WriteString("\n")
	fmt.Fprintln(w, "buffered:", w.Buffered() > 0)
	fmt.Fprintln(os.Stderr, "stderr is not buffered")
	for i := 0; i < 2000; i++ {
		fmt.Fprint(w, i%10)
	}
	fmt.Fprintln(w)
}
