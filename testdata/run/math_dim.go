package main

import (
	"fmt"
	"math"
)

// math.Dim's special cases: Dim(+Inf, +Inf) and NaN operands are NaN,
// a non-positive difference is +0 (also for -0 - +0).
func main() {
	inf, nan := math.Inf(1), math.NaN()
	negz := math.Copysign(0, -1)
	cases := [][2]float64{
		{5, 3}, {3, 5}, {-1, -1}, {negz, 0}, {0, negz}, {inf, inf}, {math.Inf(-1), math.Inf(-1)},
		{inf, 1}, {1, inf}, {nan, 1}, {1, nan}, {1e308, -1e308}, {0.1, 0.3},
	}
	for _, c := range cases {
		d := math.Dim(c[0], c[1])
		fmt.Println(c[0], c[1], d, math.Signbit(d))
	}
}
