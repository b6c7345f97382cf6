// The runtime API's escape tags: runtime.KeepAlive and runtime.ReadMemStats
// keep nothing of their argument (gc), so what they are given stays in the
// frame, and a deferred closure costs no allocation (Mallocs delta 0).
package main

import (
	"fmt"
	"runtime"
)

type T struct{ a [4]int }

var sink int

func work(i int) {
	defer func() { sink += i }()
}

func keep() int {
	p := &T{}
	p.a[2] = 7
	runtime.KeepAlive(p)
	x := 5
	runtime.KeepAlive(&x)
	return p.a[2] + x
}

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 100000; i++ {
		work(i)
	}
	n := keep()
	runtime.ReadMemStats(&after)
	fmt.Println(sink, n, after.Mallocs-before.Mallocs)
}
