package main

import "fmt"

// fmt.Scanf on standard input, one line per call (the usual contest
// pattern): the trailing newline in the format consumes the line end.

func main() {
	var n int
	fmt.Scanf("%d\n", &n)
	sum := 0
	for i := 0; i < n; i++ {
		var x int
		fmt.Scanf("%d", &x)
		sum += x
	}
	fmt.Scanf("\n")
	var key string
	var val int
	c, err := fmt.Scanf("%s %d\n", &key, &val)
	fmt.Println(n, sum, c, err, key, val)
	c, err = fmt.Scanf("%d", &val)
	fmt.Println(c, err)
}
