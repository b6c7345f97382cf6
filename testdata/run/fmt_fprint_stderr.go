package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintln(os.Stderr, "to stderr", 2)
	fmt.Fprintf(os.Stderr, "%s=%d\n", "x", 3)
	fmt.Fprint(os.Stdout, "a", "b", 4, 5, "\n")
	n, err := fmt.Fprintf(os.Stdout, "%05.1f\n", 3.14159)
	fmt.Println(n, err)
	os.Stdout.WriteString("direct write\n")
	os.Stderr.Write([]byte("bytes to stderr\n"))
}
