package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(runtime.Error)
		fmt.Println(name+":", ok, err)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	a := [4]int{}
	str := "héllo"
	i, n := 5, -1
	var u uint8 = 200
	var big int64 = 1 << 40
	try("slice", func() { _ = s[i] })
	try("slice negative", func() { _ = s[n] })
	try("array", func() { _ = a[i] })
	try("array negative", func() { a[n] = 1 })
	try("string", func() { _ = str[i+10] })
	try("uint8 index", func() { _ = s[u] })
	try("int64 index", func() { _ = s[big] })
	try("store", func() { s[3] = 0 })
	try("empty", func() { var e []string; _ = e[0] })
}
