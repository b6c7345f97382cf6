package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	for i := 0; i < 5; i++ {
		b.WriteString("ab")
		b.WriteByte('-')
		b.WriteRune('é')
	}
	fmt.Fprintf(&b, "[%d]", 42)
	n, err := b.Write([]byte("!!"))
	fmt.Println(n, err)
	fmt.Println(b.String(), b.Len())
	b.Reset()
	b.Grow(100)
	b.WriteString("fresh")
	fmt.Println(b.String(), b.Len())
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "", len(strings.Repeat("é", 10)))
	var lines strings.Builder
	for i := 1; i <= 3; i++ {
		lines.WriteString(strings.Repeat("*", i))
		lines.WriteString("\n")
	}
	fmt.Print(lines.String())
}
