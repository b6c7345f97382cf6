package main

import "fmt"

func main() {
	var a int8 = 100
	fmt.Println(a * 3)
	var b uint8 = 200
	fmt.Println(b*2, b+b, b*b)
	var c int16 = 300
	fmt.Println(c * c)
	var d int32 = 1 << 20
	fmt.Println(d * d)
	var e uint32 = 0xdeadbeef
	fmt.Println(e * 17)
	var f int64 = 1 << 40
	fmt.Println(f * f)
	var g int8 = -128
	fmt.Println(-g, g/-1, g*-1)
	var h int64 = -9223372036854775808
	fmt.Println(h/-1, h%-1)
	x := 12345
	for i := 0; i < 5; i++ {
		x = x*1103515245 + 12345
	}
	fmt.Println(x)
}
