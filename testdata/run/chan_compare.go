package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	c := a
	fmt.Println(a == b, a == c, a != b)
	m := map[chan int]string{a: "a", b: "b"}
	fmt.Println(m[c], m[b], len(m))
	var x any = a
	var y any = c
	fmt.Println(x == y)
	fmt.Printf("%T %T\n", a, x)
	var r <-chan int = a
	fmt.Println(r == a)
	var s chan<- int = b
	fmt.Printf("%T %T\n", r, s)
	cc := make(chan chan int, 1)
	cc <- a
	fmt.Println(<-cc == a)
	switch v := x.(type) {
	case chan string:
		fmt.Println("string chan")
	case chan int:
		fmt.Println("int chan", v == a)
	}
}
