package main

import (
	"fmt"
	"strconv"
)

func main() {
	cases := []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"-101", 2, 8}, {"777", 8, 16}, {"128", 10, 8}, {"-129", 10, 8},
		{"0x1F", 0, 64}, {"0b101", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64},
		{"1_000", 10, 64}, {"zz", 36, 64}, {"9223372036854775808", 10, 64}, {"12", 1, 64},
	}
	for _, c := range cases {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, c.base, c.bits, "->", n, err)
	}
	for _, s := range []string{"255", "256", "-1", "18446744073709551615", "18446744073709551616"} {
		u8, err8 := strconv.ParseUint(s, 10, 8)
		u64, err64 := strconv.ParseUint(s, 10, 64)
		fmt.Println(s, u8, err8, u64, err64)
	}
}
