package main

import "fmt"

var a = c + b // initialized after b and c
var b = f("b", 1)
var c = f("c", 2)
var d = total()

var counter int

func f(name string, v int) int {
	counter++
	fmt.Println("init", name, "counter", counter)
	return v * 10
}

func total() int {
	fmt.Println("total sees", a, b, c)
	return a + b + c
}

var (
	x, y = pair()
	z    = x * y
)

func pair() (int, int) { return 3, 4 }

func main() {
	fmt.Println(a, b, c, d, counter)
	fmt.Println(x, y, z)
}
