package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func info(prefix string, xs ...int) string {
	return fmt.Sprintf("%s len=%d nil=%v", prefix, len(xs), xs == nil)
}

func main() {
	s := []int{1, 2, 3, 4}
	fmt.Println(sum(), sum(1), sum(1, 2, 3), sum(s...), sum(s[1:]...))
	zeroFirst(s...) // the slice itself is passed: aliasing
	fmt.Println(s)
	zeroFirst(s[2], s[3]) // a new slice
	fmt.Println(s)
	fmt.Println(info("none"))
	fmt.Println(info("nil spread", []int(nil)...))
	fmt.Println(info("empty spread", []int{}...))
}
