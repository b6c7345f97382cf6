package main

import "fmt"

// The frames of a panic raised by a deferred call while another panic
// runs its deferred calls: gc prints both panics' frames with a panic
// frame between them.

type T struct{ x int }

func (t *T) M(i int) int {
	var a []int
	return a[i] + t.x
}

func deref(p *T) int {
	defer func() {
		fmt.Println("deref's defer")
	}()
	return p.x
}

func main() {
	defer func() {
		var m map[string]int
		m["a"] = deref(nil)
	}()
	t := &T{}
	f := func() {
		t.M(3)
	}
	f()
}
