// The most common form of defer in real Go code: a deferred closure that
// captures a local (`defer func() { sink += i }()`), in a function called
// 200 million times. gc keeps the closure and its captured variable in the
// frame and open-codes the defer: no allocation per call.
package main

import "fmt"

var sink int

//go:noinline
func work(i int) {
	defer func() { sink += i }()
}

func main() {
	for i := 0; i < 200_000_000; i++ {
		work(i)
	}
	fmt.Println(sink)
}
