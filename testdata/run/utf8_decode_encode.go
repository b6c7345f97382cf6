package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界!\xff"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("ok"))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%q/%d ", i, r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString("ab世")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	buf := make([]byte, 0, 16)
	for _, r := range []rune{'a', 'é', '世', 0x1F600, -1, 0xD800} {
		buf = utf8.AppendRune(buf, r)
		fmt.Print(utf8.RuneLen(r), " ")
	}
	fmt.Println()
	fmt.Printf("% x\n", buf)
	p := make([]byte, 4)
	n := utf8.EncodeRune(p, '€')
	fmt.Println(n, p[:n], utf8.FullRune(p[:2]), utf8.RuneStart(p[1]))
	fmt.Println(utf8.RuneCount([]byte("日本語")), utf8.Valid([]byte{0xe6, 0x97}), utf8.ValidRune(0x10FFFF), utf8.ValidRune(0xD800))
	fmt.Println(utf8.RuneError, utf8.UTFMax, utf8.MaxRune)
}
