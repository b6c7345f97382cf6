package main

import "fmt"

// Signed and unsigned comparisons at the edges of each width.
func main() {
	var a, b int8 = -128, 127
	fmt.Println(a < b, a > b, a <= -128, b >= 127, a == -128)
	var c, d uint8 = 255, 1
	fmt.Println(c < d, c > d, c >= 255, d <= 0)
	var e, f int64 = -1, 1
	fmt.Println(e < f, uint64(e) < uint64(f))
	var g, h uint32 = 0x80000000, 0x7fffffff
	fmt.Println(g > h, int32(g) > int32(h))
	var i, j int = -9223372036854775808, 9223372036854775807
	fmt.Println(i < j, i-1 > j, j+1 < i)
	var k uint = 0
	fmt.Println(k-1 > k, k < k+1)
	vals := []int16{-32768, -1, 0, 1, 32767}
	for _, x := range vals {
		for _, y := range vals {
			if x < y {
				fmt.Print("<")
			} else if x == y {
				fmt.Print("=")
			} else {
				fmt.Print(">")
			}
		}
		fmt.Println()
	}
}
