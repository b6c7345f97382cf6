package main

import "fmt"

func name(d int) string {
	switch d {
	case 0:
		return "sun"
	case 1, 2, 3, 4, 5:
		return "weekday"
	case 6:
		return "sat"
	default:
		return "bad"
	}
}

func main() {
	for d := -1; d <= 7; d++ {
		fmt.Println(d, name(d))
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched golang")
	case "go":
		fmt.Println("no")
	}
	x := 5
	switch x {
	}
	switch {
	default:
		fmt.Println("only default")
	}
	calls := 0
	f := func(v int) int { calls++; return v }
	switch f(2) {
	case f(1), f(2), f(3):
		fmt.Println("found after", calls, "calls")
	}
}
