package main

import "fmt"

func pinger(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * 2
	}
	close(out)
}

func main() {
	in := make(chan int)
	out := make(chan int)
	go pinger(in, out)
	for i := 1; i <= 3; i++ {
		in <- i
		fmt.Println(<-out)
	}
	close(in)
	v, ok := <-out
	fmt.Println(v, ok)
}
