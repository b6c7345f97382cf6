package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	select {
	case ch <- 7:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case ch <- 8:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	var v int
	var ok bool
	select {
	case v, ok = <-ch:
		fmt.Println("got", v, ok)
	default:
	}
	var nilch chan int
	select {
	case nilch <- 1:
		fmt.Println("impossible")
	case <-nilch:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channels never ready")
	}
	select {
	default:
		fmt.Println("only default")
	}
	close(ch)
	select {
	case x, ok := <-ch:
		fmt.Println("closed", x, ok)
	default:
		fmt.Println("unexpected")
	}
}
