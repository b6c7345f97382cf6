package main

import "fmt"

func rec(n int) int {
	if n == 0 {
		panic(fmt.Sprint("reached the bottom"))
	}
	return rec(n-1) + 1
}

func safe(n int) (res int, msg any) {
	defer func() {
		msg = recover()
		res = -n
	}()
	return rec(n), nil
}

func main() {
	for _, n := range []int{1, 10, 1000, 100000} {
		fmt.Println(safe(n))
	}
}
