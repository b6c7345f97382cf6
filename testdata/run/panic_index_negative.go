package main

import "fmt"

func main() {
	a := [4]int{1, 2, 3, 4}
	i := 3
	fmt.Println(a[i])
	i -= 5
	fmt.Println(a[i])
}
