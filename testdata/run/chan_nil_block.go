package main

import "fmt"

func main() {
	var ch chan int
	go func() {
		fmt.Println("goroutine runs")
	}()
	ch <- 1
}
