package main

import (
	"fmt"
	"sync"
)

func safe(wg *sync.WaitGroup, id int, out chan<- string) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprint("recovered ", id, ": ", r)
		}
	}()
	if id%2 == 0 {
		var m map[string]int
		m["x"] = id
	}
	var a []int
	_ = a[id]
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go safe(&wg, i, out)
		wg.Wait()
		fmt.Println(<-out)
	}
}
