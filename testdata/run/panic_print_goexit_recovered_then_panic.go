package main

import "runtime"

// A panic during Goexit is recovered, then another deferred call panics:
// the recovered panic is not printed, the new one is.

func main() {
	defer func() {
		panic("second")
	}()
	defer func() {
		println("recovered:", recover().(string))
	}()
	defer func() {
		panic("first")
	}()
	runtime.Goexit()
}
