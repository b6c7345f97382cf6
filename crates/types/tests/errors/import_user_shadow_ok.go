package main

import (
	"fmt"
	"sort"
)

// Names std packages use internally are free in package main.
func insertionSort() {}

type lessSwap struct{}

func main() {
	insertionSort()
	fmt.Println(sort.IntsAreSorted([]int{1, 2}), lessSwap{})
}
