package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a*b, a/b)
	var c float32 = 16777216
	fmt.Println(c+1, c+2)
	var d float32 = 1.0 / 3.0
	fmt.Println(d, float64(d))
	var e float64 = 0.1
	fmt.Println(float32(e), float64(float32(e)))
	x := float32(3.4e38)
	fmt.Println(x*10, -x*10)
	fmt.Printf("%v %.3f %g %e\n", d, d, d, d)
	var i int32 = 123456789
	fmt.Println(float32(i), int32(float32(i)))
}
