package main

import "fmt"

func pick(a, b chan int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered: ", r)
		}
	}()
	select {
	case v, ok := <-a:
		return fmt.Sprint("a ", v, ok)
	case b <- 5:
		return "sent b"
	}
}

func main() {
	a := make(chan int, 1)
	b := make(chan int)
	a <- 3
	fmt.Println(pick(a, b))
	close(a)
	fmt.Println(pick(a, b))
	a2 := make(chan int)
	b2 := make(chan int)
	close(b2)
	fmt.Println(pick(a2, b2))
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	c := make(chan string, 1)
	go func() { c <- "from goroutine" }()
	fmt.Println(<-c)
}
