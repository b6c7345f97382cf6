package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	s := []int{1, 2}
	try("array", func() { a := [4]int(s); fmt.Println(a) })
	try("pointer", func() { p := (*[3]int)(s); fmt.Println(p) })
	try("ok", func() { a := [2]int(s); fmt.Println(a) })
}
