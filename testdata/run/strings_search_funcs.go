package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsAny(s, "xyz"), strings.ContainsRune(s, 'q'), strings.ContainsAny("", ""))
	fmt.Println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.Index(s, "cat"))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexRune("chicken", 'k'), strings.IndexRune("héllo", 'l'))
	fmt.Println(strings.IndexAny(s, "zq"), strings.LastIndexAny(s, "eo"), strings.IndexFunc(s, func(r rune) bool { return r == 'b' }))
	fmt.Println(strings.HasPrefix(s, "the "), strings.HasSuffix(s, "dog"), strings.HasPrefix(s, "dog"))
	fmt.Println(strings.Count(s, "o"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("a", "b"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	b2, a2, f2 := strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", b2, a2, f2)
	rest, ok := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(rest, ok)
	rest, ok = strings.CutSuffix("body.go", ".rs")
	fmt.Println(rest, ok)
}
