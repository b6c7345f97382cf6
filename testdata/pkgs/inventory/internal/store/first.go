package store

import "fmt"

var first = func() string {
	fmt.Println("store: var first (first.go)")
	return "first"
}()
