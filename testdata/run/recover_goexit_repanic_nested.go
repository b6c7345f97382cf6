package main

import "runtime"

// A Goexit whose deferred calls panic, recover and re-panic in nested
// frames: the Goexit goes on once the panics are recovered.

func inner() {
	defer func() { println("inner recovered", recover().(string)) }()
	defer func() { panic(recover()) }()
	panic("inner")
}

func main() {
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer func() {
			inner()
			println("after inner")
		}()
		defer func() {
			defer func() { println("recovered", recover().(string)) }()
			panic("during goexit")
		}()
		runtime.Goexit()
	}()
	<-done
	println("main end")
}
