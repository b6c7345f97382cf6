package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- 3
	ch <- 4
	fmt.Println(len(ch))
	for i := 0; i < 3; i++ {
		fmt.Println(<-ch)
	}
	var nilch chan string
	fmt.Println(len(nilch), cap(nilch), nilch == nil)
	s := make(chan string, 1)
	s <- "hello"
	v, ok := <-s
	fmt.Println(v, ok)
}
