package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	go func() {
		time.Sleep(30 * time.Millisecond)
		done <- "slow"
	}()
	go func() {
		time.Sleep(time.Millisecond)
		done <- "fast"
	}()
	fmt.Println(<-done)
	fmt.Println(<-done)
}
