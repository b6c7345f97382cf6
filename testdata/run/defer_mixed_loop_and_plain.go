package main

import "fmt"

func run(n int) (trace string) {
	defer func() { trace += "A" }()
	for i := 0; i < n; i++ {
		defer func() { trace += fmt.Sprint(i) }()
	}
	defer func() { trace += "B" }()
	return "start:"
}

func main() {
	fmt.Println(run(0))
	fmt.Println(run(3))
}
