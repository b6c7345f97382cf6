package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	defer func() {
		fmt.Println("deferred code indexes out of range")
		_ = s[i]
	}()
	fmt.Println("body returns normally")
}
