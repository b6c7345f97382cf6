package main

// go f(x) of a nil f with arguments: the statement starts the wrapper,
// which panics in the new goroutine when it calls f (only go f() of a
// nil func() value is gc's fatal "go of nil func value").

import "time"

func main() {
	var f func(int)
	go f(1)
	time.Sleep(2 * time.Second)
	println("not reached")
}
