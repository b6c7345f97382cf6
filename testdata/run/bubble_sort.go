package main

import "fmt"

func sortInts(s []int) {
	for i := 0; i < len(s); i++ {
		for j := 0; j < len(s)-1-i; j++ {
			if s[j] > s[j+1] {
				s[j], s[j+1] = s[j+1], s[j]
			}
		}
	}
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func main() {
	xs := []int{5, 2, 9, 1, 5, 6, -3, 0}
	sortInts(xs)
	fmt.Println(xs)
	words := []string{"pear", "apple", "fig", "banana", "Apple"}
	sortStrings(words)
	fmt.Println(words)
	seed := uint32(1)
	var rs []int
	for i := 0; i < 20; i++ {
		seed = seed*1664525 + 1013904223
		rs = append(rs, int(seed>>24))
	}
	sortInts(rs)
	fmt.Println(rs)
}
