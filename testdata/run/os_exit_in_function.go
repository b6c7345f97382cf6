package main

import (
	"bufio"
	"fmt"
	"os"
)

func fail(w *bufio.Writer, msg string) {
	fmt.Fprintln(os.Stderr, "fatal:", msg)
	w.Flush()
	os.Exit(4)
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "buffered output flushed before exit")
	defer fmt.Println("defer is skipped")
	fail(w, "giving up")
}
