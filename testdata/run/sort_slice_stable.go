package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"alice", 30}, {"bob", 25}, {"carol", 30}, {"dave", 25}, {"eve", 35}, {"frank", 30}}
	byAge := append([]Person(nil), people...)
	sort.SliceStable(byAge, func(i, j int) bool { return byAge[i].Age < byAge[j].Age })
	fmt.Println(byAge)
	byName := append([]Person(nil), people...)
	sort.Slice(byName, func(i, j int) bool { return byName[i].Name > byName[j].Name })
	fmt.Println(byName)
	fmt.Println(sort.SliceIsSorted(byAge, func(i, j int) bool { return byAge[i].Age < byAge[j].Age }))
	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7919) % 1000
	}
	sort.Slice(big, func(i, j int) bool { return big[i] < big[j] })
	ok := true
	for i := range big {
		ok = ok && big[i] == i
	}
	fmt.Println(ok)
}
