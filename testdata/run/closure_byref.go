package main

import "fmt"

func main() {
	x := 1
	inc := func() { x++ }
	get := func() int { return x }
	inc()
	inc()
	fmt.Println(x, get())
	x = 100
	fmt.Println(get())
	s := "a"
	appendB := func() { s += "b" }
	appendB()
	appendB()
	fmt.Println(s)
	arr := [3]int{1, 2, 3}
	setArr := func(i, v int) { arr[i] = v }
	setArr(1, 20)
	fmt.Println(arr)
}
