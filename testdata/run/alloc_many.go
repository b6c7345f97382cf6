package main

import "fmt"

type node struct {
	next *node
	val  int
}

func main() {
	// Many small allocations that stay reachable.
	var head *node
	for i := 0; i < 1000000; i++ {
		head = &node{head, i}
	}
	sum := 0
	for n := head; n != nil; n = n.next {
		sum += n.val
	}
	fmt.Println(sum)
	// A large zeroed slice.
	big := make([]int64, 1<<22)
	for i := range big {
		big[i] += int64(i & 7)
	}
	var t int64
	for _, v := range big {
		t += v
	}
	fmt.Println(len(big), t)
	// Many short-lived strings.
	s := 0
	for i := 0; i < 200000; i++ {
		s += len(fmt.Sprint(i))
	}
	fmt.Println(s)
}
