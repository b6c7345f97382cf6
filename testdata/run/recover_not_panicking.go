package main

import "fmt"

func f() {
	defer func() {
		fmt.Println("deferred recover without a panic:", recover())
	}()
	fmt.Println("direct recover:", recover())
}

func main() {
	f()
	fmt.Println(recover() == nil)
}
