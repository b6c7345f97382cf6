package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	ch := make(chan int, 1)
	close(ch)
	ch <- 1
}
