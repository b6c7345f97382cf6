package main

import "fmt"

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	for range n {
		fmt.Print("hi ")
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	var u8 uint8 = 4
	for i := range u8 {
		fmt.Printf("%T %d ", i, i)
	}
	fmt.Println()
	m := -2
	for i := range m {
		fmt.Println("never", i)
	}
	fmt.Println("done")
}
