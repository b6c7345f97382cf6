package main

import "fmt"

func run(n int) (sum int) {
	for i := 1; i <= n; i++ {
		defer func() {
			sum += i
		}()
	}
	return 0
}

func main() {
	fmt.Println(run(10), run(100), run(10000))
}
