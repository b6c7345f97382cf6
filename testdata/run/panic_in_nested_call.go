package main

import "fmt"

func level3(s []string) string { return s[len(s)] }
func level2(s []string) string { return level3(s) + "!" }
func level1() string           { return level2([]string{"a", "b"}) }

func main() {
	fmt.Println("start")
	fmt.Println(level1())
}
