package main

import (
	"fmt"
	"unsafe"
)

func main() {
	var p *int64
	n := 3
	fmt.Println("before")
	s := unsafe.Slice(p, n)
	fmt.Println(len(s))
}
