package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	data := 0
	for i := 0; i < 5; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			rw.Lock()
			data++
			rw.Unlock()
		}()
		go func() {
			defer wg.Done()
			rw.RLock()
			_ = data
			rw.RUnlock()
		}()
	}
	wg.Wait()
	rw.RLock()
	rw.RLock()
	fmt.Println(data)
	rw.RUnlock()
	rw.RUnlock()
}
