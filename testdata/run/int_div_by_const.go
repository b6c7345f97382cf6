package main

import "fmt"

// Division and remainder by constants, which compilers turn into shifts and
// multiplications: the results must still truncate toward zero.
func main() {
	for _, x := range []int{-17, -16, -9, -8, -7, -1, 0, 1, 7, 8, 9, 16, 17} {
		fmt.Println(x, x/2, x%2, x/8, x%8, x/7, x%7, x/-4, x%-4, x/1000000007)
	}
	for _, x := range []int32{-2147483648, -7, 7, 2147483647} {
		fmt.Println(x, x/16, x%16, x/10, x%10, x/-1)
	}
	for _, x := range []uint32{0, 7, 4294967295} {
		fmt.Println(x, x/16, x%16, x/10, x%10, x/3)
	}
	for _, x := range []int8{-128, -3, 3, 127} {
		fmt.Println(x, x/4, x%4, x/3, x%3)
	}
	var u uint64 = 18446744073709551615
	fmt.Println(u/3, u%3, u/1024, u%1024, u/7)
}
