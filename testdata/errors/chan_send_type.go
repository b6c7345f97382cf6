package main

func main() {
	ch := make(chan int, 1)
	ch <- "hello"
	var s chan<- int = ch
	var r <-chan int = ch
	var b chan int = r
	_, _, _ = s, r, b
}
