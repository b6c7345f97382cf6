package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
)

func load() {
	fmt.Println("loading config")
	config = map[string]string{"mode": "fast"}
}

func get(wg *sync.WaitGroup, id int, out []string) {
	defer wg.Done()
	once.Do(load)
	out[id] = config["mode"]
}

func main() {
	var wg sync.WaitGroup
	out := make([]string, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go get(&wg, i, out)
	}
	wg.Wait()
	fmt.Println(out)

	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("first call panics") })
	}()
	o.Do(func() { fmt.Println("never: Once is done after a panic") })
}
