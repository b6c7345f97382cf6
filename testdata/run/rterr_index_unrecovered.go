package main

import "fmt"

func main() {
	xs := []string{"a", "b"}
	k := len(xs) + 1
	fmt.Println("indexing", k)
	fmt.Println(xs[k])
}
