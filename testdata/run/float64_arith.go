package main

import "fmt"

func main() {
	a, b := 1.5, 0.25
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(0.1+0.2, 1.0/3.0, 2.0/3.0)
	x := 1e300
	fmt.Println(x*1e10, -x*1e10)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	fmt.Println(1e21, 1e20, 123456789.0, 1e-7, 0.000123)
	fmt.Println(3.0, -2.5, 100.0)
	c := 10.0
	c /= 4
	c *= c
	fmt.Println(c, c > 6, c < 6.25, c == 6.25)
	sum := 0.0
	for i := 1; i <= 10; i++ {
		sum += 1.0 / float64(i)
	}
	fmt.Println(sum)
	neg := -0.0
	fmt.Println(neg, 1/neg)
	var nz float64
	nz = -nz
	fmt.Println(nz, 1/nz)
}
