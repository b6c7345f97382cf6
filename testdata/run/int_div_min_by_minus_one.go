package main

import "fmt"

// The most negative value divided by -1 overflows back to itself, with
// remainder 0, at every width; x86's idiv traps on it, so compilers must
// special-case it (gc checks for -1 at run time).
func div64(a, b int64) (int64, int64) { return a / b, a % b }
func div32(a, b int32) (int32, int32) { return a / b, a % b }
func div16(a, b int16) (int16, int16) { return a / b, a % b }
func div8(a, b int8) (int8, int8)     { return a / b, a % b }
func divInt(a, b int) (int, int)      { return a / b, a % b }

func main() {
	ms := []int64{-1, 1, -2}
	for _, m := range ms {
		fmt.Println(div64(-9223372036854775808, m))
		fmt.Println(div32(-2147483648, int32(m)))
		fmt.Println(div16(-32768, int16(m)))
		fmt.Println(div8(-128, int8(m)))
		fmt.Println(divInt(-9223372036854775808, int(m)))
	}
	x := int64(-9223372036854775808)
	for _, d := range ms {
		x2 := x
		x2 /= d
		y := x
		y %= d
		fmt.Println(x2, y)
	}
}
