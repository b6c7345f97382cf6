package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	i8 = -128
	i8--
	fmt.Println(i8)
	var u8 uint8 = 255
	u8++
	fmt.Println(u8)
	u8 = 0
	u8--
	fmt.Println(u8)
	var i16 int16 = 32767
	i16 += 2
	fmt.Println(i16)
	var u16 uint16 = 65535
	u16 += 3
	fmt.Println(u16)
	var i32 int32 = 2147483647
	i32++
	fmt.Println(i32)
	var u32 uint32 = 4294967295
	u32 += 10
	fmt.Println(u32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println(i64)
	var u64 uint64 = 18446744073709551615
	u64++
	fmt.Println(u64)
	var ui uint = 0
	ui--
	fmt.Println(ui)
	var up uintptr = 1
	up -= 2
	fmt.Println(up)
	var i int = -9223372036854775808
	i--
	fmt.Println(i)
}
