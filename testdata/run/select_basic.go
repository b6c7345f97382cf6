package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		b <- "hello"
		close(quit)
	}()
	for {
		select {
		case v := <-a:
			fmt.Println("a", v)
		case s, ok := <-b:
			fmt.Println("b", s, ok)
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}
