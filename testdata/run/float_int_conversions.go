package main

import "fmt"

func main() {
	var big uint64 = 18446744073709551615
	fmt.Println(float64(big), float32(big))
	var half uint64 = 1 << 63
	fmt.Println(float64(half), float64(half+1), float64(half-1))
	var f float64 = 9223372036854775808.0 * 1.5
	fmt.Println(uint64(f))
	g := 1e19
	fmt.Println(uint64(g))
	var neg int64 = -9223372036854775808
	fmt.Println(float64(neg), float32(neg))
	for _, x := range []float64{-2.9, -2.5, -0.5, 0.5, 2.5, 2.9} {
		fmt.Println(x, int(x), int8(x), int64(x))
	}
	var u32 uint32 = 4294967295
	fmt.Println(float64(u32), float32(u32), uint32(float64(u32)))
	var small float32 = 1e-10
	fmt.Println(float64(small), int(small*1e10))
}
