package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}}
	for _, p := range pairs {
		fmt.Println(p[0], p[1], p[0]/p[1], p[0]%p[1])
	}
	var u uint32 = 4000000000
	fmt.Println(u/3, u%3)
	var s8 int8 = -100
	var d8 int8 = 7
	fmt.Println(s8/d8, s8%d8)
	var u8 uint8 = 250
	var v8 uint8 = 7
	fmt.Println(u8/v8, u8%v8)
	var big uint64 = 18446744073709551615
	fmt.Println(big/10, big%10)
}
