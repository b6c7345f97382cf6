package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func count(prefix string, xs ...string) string {
	s := prefix
	for _, x := range xs {
		s += "," + x
	}
	return fmt.Sprint(s, " n=", len(xs))
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(1, 2, 3))
	xs := []int{4, 5, 6, 7}
	fmt.Println(sum(xs...))
	fmt.Println(count("a"))
	fmt.Println(count("a", "b", "c"))
}
