package main

import (
	"sort"
	"strconv"
)

func main() {
	sort.insertionSort(nil, 0, 1)
	_ = strconv.unhex
	_ = sort.Nope
}
