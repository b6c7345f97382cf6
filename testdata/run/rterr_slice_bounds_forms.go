package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	s := make([]int, 3, 5)
	str := "abc"
	arr := [3]int{}
	lo, hi, max, neg := 4, 6, 2, -1
	try("s[:hi] beyond cap", func() { _ = s[:hi] })
	try("s[lo:max] inverted", func() { _ = s[lo:max] })
	try("s[neg:]", func() { _ = s[neg:] })
	try("s[:neg]", func() { _ = s[:neg] })
	try("s[lo:]", func() { _ = s[lo:] })
	try("s[::hi] 3-index beyond cap", func() { _ = s[0:1:hi] })
	try("s[:lo:max]", func() { _ = s[0:lo:max] })
	try("s[lo:max:5]", func() { _ = s[lo:max:5] })
	try("str[:hi]", func() { _ = str[:hi] })
	try("str[lo:]", func() { _ = str[lo:] })
	try("str[max:1]", func() { _ = str[max:1] })
	try("arr[:hi]", func() { _ = arr[:hi] })
	try("p[lo:]", func() { p := &arr; _ = p[lo:] })
	try("ok", func() { _ = s[:5]; fmt.Println("s[:5] is fine") })
}
