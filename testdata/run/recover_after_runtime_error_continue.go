package main

import "fmt"

func get(s []int, i int) (v int, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = 0, false
		}
	}()
	return s[i], true
}

func main() {
	s := []int{10, 20, 30}
	for i := -1; i <= 3; i++ {
		fmt.Println(i, fmt.Sprint(get(s, i)))
	}
}
