package main

// Deferred and started calls of std functions and methods that gocc's
// runtime implements (os.(*File).WriteString, sync.(*Mutex).Unlock,
// fmt.Println): the wrapper calls them with the runtime's convention.

import (
	"fmt"
	"os"
	"sync"
	"time"
)

var mu sync.Mutex

func work(wg *sync.WaitGroup, tag string) {
	mu.Lock()
	defer mu.Unlock()
	defer wg.Done()
	defer os.Stdout.WriteString("deferred WriteString " + tag + "\n")
	defer fmt.Println("deferred Println", tag, 1, 2.5)
	fmt.Println("work", tag)
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	work(&wg, "a")
	wg.Wait()

	wg.Add(1)
	go work(&wg, "b")
	wg.Wait()

	done := make(chan bool)
	go os.Stdout.WriteString("go WriteString\n")
	time.Sleep(100 * time.Millisecond)
	go func() {
		mu.Lock()
		done <- true
	}()
	<-done
	mu.Unlock()
	wg.Add(1)
	go wg.Done()
	wg.Wait()
	mu.Lock()
	go mu.Unlock()
	mu.Lock()
	fmt.Println("locked again")
	mu.Unlock()
}
