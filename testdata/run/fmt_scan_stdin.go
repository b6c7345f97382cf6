package main

import (
	"fmt"
	"io"
)

// fmt.Scan reads space-separated values from standard input (newlines
// count as space) until io.EOF; Scanln stops at the end of a line.

func main() {
	var n int
	var name string
	c, err := fmt.Scanln(&n, &name)
	fmt.Println(c, err, n, name)
	var f float64
	var b bool
	var u uint8
	c, err = fmt.Scan(&f, &b, &u)
	fmt.Println(c, err, f, b, u)
	sum := 0
	count := 0
	for {
		var x int
		_, err := fmt.Scan(&x)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			var skip string
			fmt.Scan(&skip)
			continue
		}
		sum += x
		count++
	}
	fmt.Println(count, sum)
}
