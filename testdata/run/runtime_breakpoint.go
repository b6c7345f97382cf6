// runtime.Breakpoint without a debugger: a SIGTRAP that ends the program
// with gc's report (`SIGTRAP: trace trap`, the pc, a goroutine trace) and
// exit status 2; deferred calls do not run.
package main

import "runtime"

func check(ok bool) {
	if !ok {
		println("check failed; stopping")
		runtime.Breakpoint()
	}
}

func main() {
	defer println("deferred: not printed")
	println("before")
	check(true)
	check(false)
	println("not reached")
}
