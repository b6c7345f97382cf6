package main

import "fmt"

type point struct {
	x, y int
	name string
}

func main() {
	ch := make(chan point, 10)
	for i := 0; i < 4; i++ {
		ch <- point{i, i * i, fmt.Sprint("p", i)}
	}
	close(ch)
	for p := range ch {
		fmt.Println(p.x, p.y, p.name)
	}
	p, ok := <-ch
	fmt.Println(p, ok)
	p = <-ch
	fmt.Printf("%+v\n", p)
	done := make(chan struct{})
	go func() {
		defer func() { close(done) }()
		fmt.Println("worker")
	}()
	<-done
	_, ok = <-done
	fmt.Println("done", ok)
	n := 0
	for range done {
		n++
	}
	fmt.Println(n)
}
