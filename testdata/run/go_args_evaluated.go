package main

import (
	"fmt"
	"sync"
)

type counter struct {
	name string
	n    int
}

func (c counter) show(wg *sync.WaitGroup, tag string) {
	defer wg.Done()
	fmt.Println(c.name, c.n, tag)
}

func (c *counter) bump(wg *sync.WaitGroup, by int) {
	defer wg.Done()
	c.n += by
}

type shower interface {
	show(wg *sync.WaitGroup, tag string)
}

func add(a, b int, out chan<- int) {
	out <- a + b
}

func main() {
	var wg sync.WaitGroup
	c := counter{"c", 1}
	wg.Add(1)
	go c.show(&wg, "value receiver")
	c.n = 100 // the receiver was copied at the go statement
	wg.Wait()

	wg.Add(1)
	go c.bump(&wg, 5)
	wg.Wait()
	fmt.Println(c.n)

	var s shower = c
	wg.Add(1)
	go s.show(&wg, "interface")
	wg.Wait()

	out := make(chan int)
	x := 3
	go add(x, 4, out)
	x = 1000
	fmt.Println(<-out, x)

	f := func(s string, n int) {
		defer wg.Done()
		fmt.Println("closure", s, n)
	}
	wg.Add(1)
	go f("arg", x)
	wg.Wait()

	results := make(chan string, 3)
	for _, w := range []string{"a", "b", "c"} {
		go func(name string) {
			results <- name + "!"
		}(w)
	}
	got := map[string]bool{}
	for i := 0; i < 3; i++ {
		got[<-results] = true
	}
	fmt.Println(got)
}
