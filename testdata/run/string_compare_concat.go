package main

import "fmt"

func main() {
	words := []string{"", "a", "ab", "abc", "b", "B", "\xff", "é", "e"}
	for _, x := range words {
		line := ""
		for _, y := range words {
			switch {
			case x < y:
				line += "<"
			case x > y:
				line += ">"
			default:
				line += "="
			}
		}
		fmt.Printf("%-4q %s\n", x, line)
	}
	s := ""
	for i := 0; i < 10; i++ {
		s = s + string(rune('0'+i)) + s[:len(s)/2]
	}
	fmt.Println(len(s), s[:30])
	a, b := "hello", "hel"
	b += "lo"
	fmt.Println(a == b, a[1:3] == b[1:3], a[:0] == "")
}
