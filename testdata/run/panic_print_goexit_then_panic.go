package main

import "runtime"

// A panic raised by a deferred call while runtime.Goexit runs them: the
// Goexit is part of the chain but not printed, and the panic after it has
// no tab.

func main() {
	defer func() {
		panic("during goexit")
	}()
	runtime.Goexit()
}
