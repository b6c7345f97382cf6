package main

import (
	"fmt"
	"runtime"
)

// The sender blocks (or, if close wins the race, finds the channel closed):
// either way its send panics with "send on closed channel".
func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		defer func() {
			fmt.Println("sender recovered:", recover())
			done <- true
		}()
		ch <- 1
	}()
	runtime.Gosched()
	close(ch)
	<-done
}
