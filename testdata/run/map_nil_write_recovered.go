package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Println(isRT, r)
	}()
	var m map[int][]int
	m[1] = append(m[1], 2)
}
