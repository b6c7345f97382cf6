package main

import "fmt"

func main() {
	var m map[string]int
	defer fmt.Println("deferred print runs first")
	m["x"] = 1
}
