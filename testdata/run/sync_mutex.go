package main

import (
	"fmt"
	"runtime"
	"sync"
)

type safeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *safeCounter) inc(key string) {
	c.mu.Lock()
	v := c.m[key]
	runtime.Gosched()
	c.m[key] = v + 1
	c.mu.Unlock()
}

func main() {
	c := safeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.inc("k")
		}()
	}
	wg.Wait()
	fmt.Println(c.m["k"])
	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
}
