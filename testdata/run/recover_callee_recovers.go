package main

import "fmt"

func risky(n int) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	if n > 2 {
		var m map[int]int
		m[n] = 1
	}
	return true
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(i, risky(i))
	}
}
