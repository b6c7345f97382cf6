package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"carol": 35, "alice": 30, "bob": 25, "dave": 40, "eve": 22}
	keys := make([]string, 0, len(ages))
	sum := 0
	for k, v := range ages {
		keys = append(keys, k)
		sum += v
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ages[k])
	}
	fmt.Println("sum", sum)
	count := 0
	for range ages {
		count++
	}
	fmt.Println("count", count)
}
