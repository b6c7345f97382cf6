package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zero() (n int, s string, f float64, b bool) {
	return
}

func override(v int) (r int) {
	r = 100
	if v > 0 {
		return v * 2
	}
	return
}

func main() {
	fmt.Println(split(17))
	n, s, f, b := zero()
	fmt.Println(n, s == "", f, b)
	fmt.Println(override(5), override(-1))
}
