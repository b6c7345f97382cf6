package main

import "fmt"

func f() (int, string, []int) {
	defer func() {
		recover()
	}()
	x := 5
	if x > 0 {
		panic("p")
	}
	return 1, "one", []int{1}
}

func main() {
	a, b, c := f()
	fmt.Println(a, b == "", c == nil)
}
