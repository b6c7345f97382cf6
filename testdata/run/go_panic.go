package main

import (
	"fmt"
	"time"
)

func worker() {
	defer fmt.Println("worker deferred")
	panic("boom in goroutine")
}

func main() {
	defer fmt.Println("main deferred (not run)")
	go worker()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
