package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else {
		return "large"
	}
}

func main() {
	for _, n := range []int{-5, 0, 3, 42} {
		fmt.Println(n, classify(n))
	}
	if x := 7; x > 5 {
		fmt.Println("x big", x)
	} else {
		fmt.Println("x small", x)
	}
	if y := 2; y > 5 {
		fmt.Println("y big", y)
	} else if z := y * 2; z == 4 {
		fmt.Println("z is", z, "y is", y)
	}
	a, b := true, false
	if a && !b {
		fmt.Println("a and not b")
	}
	if a || b {
		fmt.Println("a or b")
	}
}
