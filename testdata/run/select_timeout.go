package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("unexpected", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out")
	}
	results := make(chan string)
	go func() {
		time.Sleep(time.Millisecond)
		results <- "fast result"
	}()
	select {
	case r := <-results:
		fmt.Println(r)
	case <-time.After(5 * time.Second):
		fmt.Println("too slow")
	}
	<-time.After(time.Millisecond)
	fmt.Println("done")
}
