package main

import "fmt"

func counter() (n int, inc func()) {
	inc = func() { n++ }
	inc()
	inc()
	return // returns n as it is now, 2
}

func build() (s []string) {
	add := func(x string) { s = append(s, x) }
	add("a")
	add("b")
	return s
}

func shadow() (x int) {
	x = 1
	{
		x := 2
		_ = x
	}
	return
}

func main() {
	n, inc := counter()
	inc()
	fmt.Println(n)
	fmt.Println(build())
	fmt.Println(shadow())
}
