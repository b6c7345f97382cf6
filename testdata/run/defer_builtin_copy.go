package main

import "fmt"

func run() {
	dst := make([]int, 3)
	src := []int{1, 2, 3, 4}
	defer func() {
		fmt.Println("after deferred copy:", dst)
	}()
	defer copy(dst, src)
	src = []int{7, 8, 9}
	fmt.Println("body:", dst)
}

func main() {
	run()
}
