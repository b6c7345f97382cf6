package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(len(s), s[0], s[7], string(s[7]))
	fmt.Println(s[0:5], s[7:], s[:5], s[:], len(s[3:3]))
	t := s + "!" + "?"
	fmt.Println(t, len(t))
	u := ""
	for i := 0; i < 5; i++ {
		u += string(rune('a' + i))
	}
	fmt.Println(u)
	fmt.Println("abc" < "abd", "abc" < "ab", "" < "a", "b" > "abc", "x" == "x", "x" != "y")
	fmt.Println("abc" <= "abc", "abc" >= "abd")
	multi := `raw\nstring
second line`
	fmt.Println(multi)
	fmt.Println("tab\tquote\"backslash\\ unicode\u00e9 \U0001F600 \x41")
	a := "same"
	b := "sa" + "me"
	fmt.Println(a == b)
}
