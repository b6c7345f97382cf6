package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer func() { close(done) }()
		defer fmt.Println("deferred before Goexit")
		func() {
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	<-done
	fmt.Println("main done")
}
