package main

import "fmt"

type big struct{ a, b, c, d, e int64 }

// Package-level slices always live on the heap, so the capacities printed
// below come from append's growth rule and the allocator's size classes
// (not from gc's stack-allocated backing arrays for non-escaping slices).
var (
	ints  []int
	bytes []byte
	bigs  []big
)

func main() {
	fmt.Println(len(ints), cap(ints), ints == nil)
	for i := 0; i < 2000; i++ {
		oldCap := cap(ints)
		ints = append(ints, i)
		if cap(ints) != oldCap {
			fmt.Println("len", len(ints), "cap", cap(ints))
		}
	}
	for i := 0; i < 100; i++ {
		oldCap := cap(bytes)
		bytes = append(bytes, byte(i))
		if cap(bytes) != oldCap {
			fmt.Println("bytes len", len(bytes), "cap", cap(bytes))
		}
	}
	for i := 0; i < 50; i++ {
		oldCap := cap(bigs)
		bigs = append(bigs, big{a: int64(i)})
		if cap(bigs) != oldCap {
			fmt.Println("big len", len(bigs), "cap", cap(bigs))
		}
	}
	t := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(t), cap(t), t)
	u := append(t[:2], t[5:]...)
	fmt.Println(u, t)
}
