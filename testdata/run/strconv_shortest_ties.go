// Shortest float formatting of floats whose exact value can lie halfway
// between two shortest candidates (short binary fractions at every
// magnitude, float32 and float64): gc's Dragonbox picks the even digit,
// or the upper one for powers of two (float32 2999999.25 is 2.9999992e+06,
// 2^-12 is 0.00024414063).
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strconv"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	seed := uint64(12345)
	rnd := func() uint64 {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return seed
	}
	n := 0
	// float32 values with short binary fractions at every magnitude.
	for e := -30; e <= 40; e++ {
		for i := 0; i < 12; i++ {
			m := rnd() % (1 << 24)
			bitsKept := 1 + rnd()%24
			m &^= (1 << (24 - bitsKept)) - 1
			x := float32(math.Ldexp(float64(m), e-24))
			fmt.Fprintln(w, strconv.FormatFloat(float64(x), 'g', -1, 32), x, strconv.FormatFloat(float64(x), 'e', -1, 32))
			n++
		}
	}
	for e := -40; e <= 70; e++ {
		for i := 0; i < 10; i++ {
			m := rnd() % (1 << 53)
			bitsKept := 1 + rnd()%53
			m &^= (1 << (53 - bitsKept)) - 1
			x := math.Ldexp(float64(m), e-53)
			fmt.Fprintln(w, strconv.FormatFloat(x, 'g', -1, 64), x, strconv.FormatFloat(x, 'f', -1, 64))
			n++
		}
	}
	fmt.Fprintln(w, n)
}
