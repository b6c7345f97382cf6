package main

import "fmt"

func sum(tag string, xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	fmt.Println(tag, len(xs), t)
}

func run() {
	xs := []int{1, 2, 3}
	defer sum("spread:", xs...)
	defer sum("list:", xs[0], xs[1])
	defer sum("none:")
	xs[0] = 100 // the spread slice shares memory
	fmt.Println("body")
}

func main() {
	run()
}
