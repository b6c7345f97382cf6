package main

import "fmt"

func search(s []int, target int) (int, bool) {
	lo, hi := 0, len(s)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		switch {
		case s[mid] < target:
			lo = mid + 1
		case s[mid] > target:
			hi = mid
		default:
			return mid, true
		}
	}
	return lo, false
}

func main() {
	s := []int{1, 3, 5, 7, 9, 11}
	for _, t := range []int{0, 1, 4, 7, 11, 12} {
		i, ok := search(s, t)
		fmt.Println(t, i, ok)
	}
}
