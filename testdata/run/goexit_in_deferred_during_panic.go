package main

import "runtime"

// runtime.Goexit called by a deferred function while the goroutine is
// panicking: the remaining deferred calls run (recover returns nil in
// them: the panic was cut short by the Goexit) and the goroutine ends
// without crashing the program.

func main() {
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer func() { println("recover in goexit:", recover() == nil) }()
		defer runtime.Goexit()
		defer func() { println("first deferred call") }()
		panic("boom")
	}()
	<-done
	println("main continues")
}
