package main

// The collector's API: ReadMemStats figures that must hold in any
// correct runtime, SetGCPercent, FreeOSMemory, and finalizers run after
// runtime.GC (on another goroutine, so the program waits for them). As in
// Go's test/mallocfin.go, most finalizers must run, not all: a stale copy
// of a pointer (a dead stack slot that a conservative stack scan sees, or
// one gc's liveness analysis keeps) may keep an object alive.

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

type T struct {
	p *int
	n [8]int
}

var done = make(chan int, 20)

//go:noinline
func churn(keep []*T) []*T {
	for i := 0; i < 200000; i++ {
		t := &T{}
		t.n[0] = i
		if i%1000 == 0 {
			keep = append(keep, t)
		}
	}
	return keep
}

//go:noinline
func withFinalizers() {
	for i := 0; i < 10; i++ {
		x := &T{}
		x.n[0] = i
		runtime.SetFinalizer(x, func(t *T) { done <- t.n[0] })
	}
}

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.NumGC
	keep := churn(nil)
	runtime.ReadMemStats(&m)
	fmt.Println("collected:", m.NumGC > before)
	fmt.Println("live heap under 8 MB:", m.HeapAlloc < 8<<20, m.Alloc == m.HeapAlloc)
	fmt.Println("objects:", m.Mallocs >= m.Frees, m.HeapObjects == m.Mallocs-m.Frees)
	fmt.Println("totals:", m.TotalAlloc >= 200000*72, m.Sys >= m.HeapAlloc)
	fmt.Println("SetGCPercent:", debug.SetGCPercent(50), debug.SetGCPercent(100))

	withFinalizers()
	seen := map[int]bool{}
	for try := 0; try < 100 && len(seen) < 8; try++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
		for len(done) > 0 {
			v := <-done
			if seen[v] {
				fmt.Println("finalizer ran twice:", v)
			}
			seen[v] = true
		}
	}
	fmt.Println("finalizers: at least 8 of 10:", len(seen) >= 8)
	runtime.ReadMemStats(&m)
	fmt.Println("forced:", m.NumForcedGC >= 1, m.PauseTotalNs > 0)
	debug.FreeOSMemory()
	runtime.KeepAlive(keep)
	fmt.Println(len(keep), keep[199].n[0])
}
