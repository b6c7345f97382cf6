package main

import "fmt"

func main() {
	runes := []rune{'a', 'é', '世', '\n', 0x1F600, 0x7F, -1, 0x110000}
	for _, r := range runes {
		fmt.Printf("%c|%q|%U|%#U|%d|%x\n", r, r, r, r, r, r)
	}
	strs := []string{"plain", "tab\there", "quote\"s", "日本", "\x00\xff", "`raw`"}
	for _, s := range strs {
		fmt.Printf("%s|%q|%+q|%#q|%x|% X\n", s, s, s, s, s, s)
	}
	fmt.Printf("%5c|%-3c|%08q\n", 'z', 'y', "q")
}
