package main

import "fmt"

func main() {
	// Encodings of 1- to 4-byte runes and the replacement cases.
	for _, r := range []rune{0x41, 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 0xd800, 0xdfff} {
		s := string(r)
		fmt.Println(r, len(s), []byte(s))
	}
	// Truncated and overlong sequences decode one byte at a time to U+FFFD.
	for _, s := range []string{"\xe4\xb8", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "a\x80b", "\xf0\x9f\x98"} {
		fmt.Print(len(s), " ", []rune(s), " ")
		for i, r := range s {
			fmt.Print(i, ":", r, " ")
		}
		fmt.Println()
	}
	fmt.Println(string([]rune{0x48, 0xd800, 0x69}), []byte(string([]rune{0x110000})))
}
