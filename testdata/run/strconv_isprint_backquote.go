package main

import (
	"fmt"
	"strconv"
)

// strconv.IsPrint, IsGraphic and CanBackquote.

func main() {
	for _, r := range []rune{'a', ' ', '\t', '\u00a0', '\u200b', 'é', '\ufeff', 0x7f, '世', 0x10FFFF} {
		fmt.Printf("%U print=%v graphic=%v\n", r, strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	for _, s := range []string{"plain", "tab\there", "new\nline", "back`quote", "\ufeffbom", "bad\xffutf8", "日本", "del\x7f", ""} {
		fmt.Printf("%q %v\n", s, strconv.CanBackquote(s))
	}
}
