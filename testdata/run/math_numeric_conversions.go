package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e10, -1e10}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), int32(int64(f)), uint8(int(f)))
	}
	var u uint = 0
	u--
	fmt.Println(u, uint32(u), uint8(u), int8(u))
	var i8 int8 = 127
	i8++
	fmt.Println(i8, uint8(i8), int16(i8), uint16(i8))
	big := int64(1<<40 + 12345)
	fmt.Println(int32(big), int16(big), uint8(big))
	fmt.Println(float32(0.1), float64(float32(0.1)), float32(16777217))
	fmt.Println(uint64(math.MaxUint64), float64(uint64(math.MaxUint64)), uint64(float64(1<<63)))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)))
	bs := []byte("héllo")
	rs := []rune("héllo")
	fmt.Println(len(bs), len(rs), string(bs[1:3]), string(rs[1]), string(rs[:2]))
	const huge = 1 << 100
	fmt.Println(huge>>98, float64(huge))
	x := 7
	fmt.Println(float64(x)/2, x/2, float32(x)/3)
}
