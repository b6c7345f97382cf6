package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.TrimSpace("  \t hello world \n "))
	fmt.Printf("%q\n", strings.Trim("xxhixx", "x"))
	fmt.Printf("%q\n", strings.Trim("abcHIcba", "abc"))
	fmt.Printf("%q\n", strings.TrimLeft("aaabaaa", "a"))
	fmt.Printf("%q\n", strings.TrimRight("aaabaaa", "a"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix.body", "prefix."))
	fmt.Printf("%q\n", strings.TrimPrefix("body", "prefix."))
	fmt.Printf("%q\n", strings.TrimSuffix("file.go.go", ".go"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimLeftFunc("  x  ", unicode.IsSpace))
	fmt.Printf("%q\n", strings.TrimRightFunc("  x  ", unicode.IsSpace))
	fmt.Printf("%q\n", strings.TrimSpace(""))
	fmt.Printf("%q\n", strings.Trim("", "abc"))
}
