package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	n, c := -1, 2
	huge := 1 << 62
	try("negative len", func() { _ = make([]int, n) })
	try("len > cap", func() { _ = make([]int, 3, c) })
	try("negative cap", func() { _ = make([]int, 0, n) })
	try("huge len", func() { _ = make([]int64, huge) })
	try("ok", func() { s := make([]int, c, c+1); fmt.Println(len(s), cap(s)) })
}
