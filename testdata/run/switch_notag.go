package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Println(s, grade(s))
	}
	x := 3
	switch y := x * 2; {
	case y > 5:
		fmt.Println("y > 5")
		if y == 6 {
			break
		}
		fmt.Println("unreached")
	case y > 0:
		fmt.Println("y > 0")
	}
	fmt.Println("end")
}
