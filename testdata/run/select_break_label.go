package main

import "fmt"

func main() {
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
	n := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			if v == 2 {
				break
			}
			n += v
		}
	}
	fmt.Println(n)
	count := 0
	for i := 0; i < 3; i++ {
		select {
		case <-ch:
			count++
			continue
		default:
		}
	}
	fmt.Println(count)
}
