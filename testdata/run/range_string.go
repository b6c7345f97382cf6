package main

import "fmt"

func main() {
	s := "héllo, 世界"
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	bad := "a\xffb\xc3"
	for i, r := range bad {
		fmt.Println(i, r)
	}
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println(n, len("日本語"))
	for i := range "abc" {
		fmt.Print(i)
	}
	fmt.Println()
}
