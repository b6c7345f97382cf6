package main

import "fmt"

func classify(n int) (s string) {
	defer func() { s = "[" + s + "]" }()
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	case n < 100:
		return "medium"
	case n < 1000:
		return "large"
	}
	return "huge"
}

func main() {
	for _, n := range []int{-5, 0, 3, 42, 512, 99999} {
		fmt.Println(n, classify(n))
	}
}
