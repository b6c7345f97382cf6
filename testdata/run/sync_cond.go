// sync.Cond: Wait in a loop over a predicate, Signal waking one waiter
// in order, Broadcast waking all, a Signal with no waiter being lost, and
// a Cond over an RWMutex's read lock (RLocker).
package main

import (
	"fmt"
	"sync"
)

func condQueue() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	var queue []int
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			mu.Lock()
			for len(queue) == 0 {
				c.Wait()
			}
			item := queue[0]
			queue = queue[1:]
			mu.Unlock()
			fmt.Println("worker got", item)
		}(w)
	}
	for i := 1; i <= 3; i++ {
		mu.Lock()
		queue = append(queue, i*10)
		mu.Unlock()
		c.Signal()
	}
	wg.Wait()
	fmt.Println("queue empty:", len(queue) == 0)
}

func condBroadcast() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	var wg sync.WaitGroup
	woken := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for !ready {
				c.Wait()
			}
			woken++
			mu.Unlock()
		}()
	}
	c.Signal() // nobody waits yet: lost, as in Go
	mu.Lock()
	ready = true
	mu.Unlock()
	c.Broadcast()
	wg.Wait()
	fmt.Println("woken:", woken)

	// A Cond over a read lock: the writer's Lock waits for the reader,
	// which releases its read lock only inside Wait.
	var rw sync.RWMutex
	rc := sync.NewCond(rw.RLocker())
	flag := false
	done := make(chan bool)
	go func() {
		rc.L.Lock()
		for !flag {
			rc.Wait()
		}
		rc.L.Unlock()
		done <- true
	}()
	var wl sync.Locker = &rw
	wl.Lock()
	flag = true
	wl.Unlock()
	rc.Broadcast()
	fmt.Println("rlocker cond woke:", <-done)
}

func main() {
	condQueue()
	condBroadcast()
}
