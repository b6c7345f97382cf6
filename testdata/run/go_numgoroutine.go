package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	stop := make(chan bool)
	ready := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			ready <- true
			<-stop
		}()
	}
	for i := 0; i < 5; i++ {
		<-ready
	}
	fmt.Println(runtime.NumGoroutine())
	close(stop)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println(runtime.NumGoroutine())
}
