package main

import (
	"fmt"
	"strconv"
)

// ParseFloat reads hexadecimal floats (mantissa in hex, binary exponent
// p±N mandatory), rounding to nearest even for float64 and float32.

func main() {
	for _, s := range []string{
		"0x1p-2", "0x1.8p1", "-0X1P+2", "0x.8p0", "0x1_0p0", "0xABCp-4", "+0x1p0",
		"0x1", "0xp1", "0x1p", "0x1.p1", "0x1p+", "0x_1p0", "0x1.2.3p0",
		"0x1p1023", "0x1p1024", "-0x1p1024", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023",
		"0x1p-1022", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076",
		"0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000001p0",
		"0x123456789abcdef0123p0", "0x0p0", "-0x0p0",
	} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	for _, s := range []string{"0x1p-149", "0x1p-150", "0x1p127", "0x1p128", "0x1.fffffep127", "0x1.ffffffp127", "0x1.000001p0", "0x1.000003p0"} {
		f, err := strconv.ParseFloat(s, 32)
		fmt.Println(s, float32(f), err)
	}
}
