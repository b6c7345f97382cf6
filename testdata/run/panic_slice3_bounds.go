package main

import "fmt"

func main() {
	s := make([]int, 2, 5)
	k := 5
	fmt.Println(len(s[0:2:k]), cap(s[0:2:k]))
	k += 2
	fmt.Println(s[0:2:k])
}
