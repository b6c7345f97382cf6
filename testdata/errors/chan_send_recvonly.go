package main

func f(ch <-chan int) {
	ch <- 1
}

func main() {
	f(nil)
}
