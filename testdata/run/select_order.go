package main

import "fmt"

func val(s string, n int) int {
	fmt.Println("eval", s)
	return n
}

func ch(s string, c chan int) chan int {
	fmt.Println("chan", s)
	return c
}

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	arr := make([]int, 3)
	select {
	case ch("a", a) <- val("a", 1):
		fmt.Println("sent a")
	case arr[val("idx", 2)] = <-ch("b", b):
		fmt.Println("recv b")
	}
	fmt.Println(<-a, arr)
}
