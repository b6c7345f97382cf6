package main

import (
	"fmt"
	"strconv"
)

// A std panic value recovered, inspected as a string and re-panicked: the
// report marks it [recovered, repanicked].

func main() {
	defer func() {
		r := recover()
		s, ok := r.(string)
		fmt.Println("string:", ok, s)
		panic(r)
	}()
	fmt.Println(strconv.FormatInt(10, 99))
}
