package main

func main() {
	ch := make(chan int)
	x := 0
	select {
	case x > 1:
	case ch <- 1:
	}
	_ = x
}
