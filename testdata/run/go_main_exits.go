package main

import "fmt"

func main() {
	block := make(chan int)
	started := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			started <- true
			<-block
			fmt.Println("never")
		}()
	}
	for i := 0; i < 3; i++ {
		<-started
	}
	fmt.Println("main returns with blocked goroutines")
}
