package main

import (
	"fmt"

	"example.com/inventory/internal/store"
	"example.com/inventory/util"
)

var total = count() + extra

func count() int {
	fmt.Println("main: var total (main.go)")
	return store.Len()
}

func init() {
	fmt.Println("main: init 1 in main.go, total =", total)
}

func main() {
	s := store.New()
	s.Add("apple", 3)
	s.Add("pear", 5)
	fmt.Println(util.Title("inventory"), s.Total(), version, platform)
	fmt.Printf("%T %v\n", s, util.Pair{A: 1, B: 2})
}

func init() {
	fmt.Println("main: init 2 in main.go")
}
