package main

import "fmt"

func main() {
	var big int64 = 0x123456789
	fmt.Println(int32(big), int16(big), int8(big), uint8(big), uint32(big))
	var neg int32 = -1
	fmt.Println(uint32(neg), uint64(neg), uint8(neg), int64(neg))
	var u uint8 = 200
	fmt.Println(int8(u), int(u), int16(int8(u)))
	var u16 uint16 = 0xffff
	fmt.Println(int16(u16), int32(u16), uint32(int16(u16)))
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100))
	n := 7
	fmt.Println(float64(n)/2, float32(n)/3)
	var r rune = 'A'
	var by byte = 'z'
	fmt.Println(r, by, r+1, by-25)
}
