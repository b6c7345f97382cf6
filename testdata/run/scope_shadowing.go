package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := 1
	fmt.Println(x)
	{
		x := 2.5
		fmt.Println(x)
		{
			x := "inner"
			fmt.Println(x)
		}
		fmt.Println(x)
	}
	if x := x + 10; x > 5 {
		fmt.Println("if", x)
	}
	for x := 0; x < 2; x++ {
		fmt.Println("for", x)
	}
	fmt.Println(x)
	a, b := 1, 2
	b, c := 3, 4 // b reused, c new
	fmt.Println(a, b, c)
}
