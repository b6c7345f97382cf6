// Package math's functions on the parts of floats (Frexp, Ldexp, Modf,
// Logb, Ilogb, Nextafter, Nextafter32) and exact arithmetic (Mod,
// Remainder, Dim, Max, Min, FMA), with the bits of NaN results.
package main

import (
	"fmt"
	"math"
)

func b(v float64) string { return fmt.Sprintf("%v(%#x)", v, math.Float64bits(v)) }

func main() {
	nz := math.Copysign(0, -1)
	xs := []float64{0, nz, math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.75, -3.5, 1024, 1e-310,
		5e-324, math.MaxFloat64, 123.456, -0.1}
	for _, x := range xs {
		fr, e := math.Frexp(x)
		i, f := math.Modf(x)
		fmt.Println("Frexp", b(x), b(fr), e, "Modf", b(i), b(f), "Logb", b(math.Logb(x)), "Ilogb", math.Ilogb(x))
		fmt.Println("Nextafter", b(math.Nextafter(x, 0)), b(math.Nextafter(x, math.Inf(1))),
			"Nextafter32", math.Nextafter32(float32(x), 1), math.Float32bits(math.Nextafter32(float32(x), -1)))
	}
	for _, e := range []int{0, 3, -3, 1023, 1024, -1022, -1074, -1075, -1080, 5000, -5000} {
		fmt.Println("Ldexp", e, b(math.Ldexp(0.75, e)), b(math.Ldexp(-1.5, e)), b(math.Ldexp(3e-310, e)))
	}
	ys := []float64{0, nz, math.Inf(1), math.Inf(-1), math.NaN(), 3, -3, 0.5, 2.5, 1e-310}
	for _, x := range xs {
		for _, y := range ys {
			fmt.Println(b(x), b(y), "Mod", b(math.Mod(x, y)), "Remainder", b(math.Remainder(x, y)),
				"Dim", b(math.Dim(x, y)), "Max", b(math.Max(x, y)), "Min", b(math.Min(x, y)),
				"FMA", b(math.FMA(x, y, 1)), b(math.FMA(x, y, -x*y)))
		}
	}
	fmt.Println(b(math.NaN()), b(math.Inf(1)), b(math.Inf(-1)), math.MaxFloat32, math.SmallestNonzeroFloat32,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.Log2E, math.Log10E, math.SqrtE, math.SqrtPi, math.SqrtPhi)
}
