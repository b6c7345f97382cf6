package main

import "fmt"

// `defer close(ch)`: the channel is evaluated at the defer statement and
// closed when the function returns; closing a closed or nil channel
// panics then.

func produce(ch chan int, n int) {
	defer close(ch)
	for i := 0; i < n; i++ {
		ch <- i
	}
}

func main() {
	ch := make(chan int, 10)
	produce(ch, 3)
	for v := range ch {
		fmt.Println(v)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer close(ch)
	}()
	var nc chan int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer close(nc)
	}()
	c2 := make(chan string, 1)
	func() {
		d := c2
		defer close(d)
		d <- "sent"
		d = nil // the deferred close still closes c2
	}()
	v, ok := <-c2
	fmt.Println(v, ok)
	v, ok = <-c2
	fmt.Printf("%q %v\n", v, ok)
}
