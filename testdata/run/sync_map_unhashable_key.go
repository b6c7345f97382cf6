// A sync.Map hashes every key first, so an unhashable key panics with
// the runtime error of hashing it, even on a Load from an empty Map.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("k", []int{1})
	fmt.Println(m.CompareAndSwap("missing", []int{1}, 2))
	m.Load([]int{1})
}
