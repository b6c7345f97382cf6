package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0xf0
	fmt.Println(^u, u&^0x30, u|0x0f, u^0xff)
	var x uint16 = 0xabcd
	x &^= 0x00f0
	fmt.Println(x)
	x |= 1
	x ^= 0xffff
	fmt.Println(x)
	var i int32 = -1
	fmt.Println(i&0x7fffffff, i^i, ^i)
	var c uint64 = 0x0123456789abcdef
	pop := 0
	for c != 0 {
		c &= c - 1
		pop++
	}
	fmt.Println(pop)
}
