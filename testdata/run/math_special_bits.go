// Erf, Erfc, Erfinv, Erfcinv, Gamma, Lgamma and the Bessel functions of
// package math, with gc's exact bits (%v, %b and Float64bits).
package main

import (
	"fmt"
	"math"
)

func main() {
	unary := []struct {
		name string
		f    func(float64) float64
	}{
		{"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Erfinv", math.Erfinv}, {"Erfcinv", math.Erfcinv},
		{"Gamma", math.Gamma}, {"J0", math.J0}, {"J1", math.J1}, {"Y0", math.Y0}, {"Y1", math.Y1},
	}
	xs := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 0.1, -0.3, 0.5, 0.9,
		1, -1, 1.2, 1.5, 2, 2.5, 3, -3, -3.5, 4.5, 6, 10, 27.5, 30, 33.5, -33.5, 100, 171.5, 172, -180.5,
		1e-10, 1e10, 1e300}
	for _, u := range unary {
		for _, x := range xs {
			v := u.f(x)
			fmt.Printf("%s(%v) = %v %b %#x\n", u.name, x, v, v, math.Float64bits(v))
		}
	}
	for _, x := range xs {
		l, s := math.Lgamma(x)
		fmt.Printf("Lgamma(%v) = %v %d %#x\n", x, l, s, math.Float64bits(l))
	}
	for _, n := range []int{-3, -2, 0, 1, 2, 5, 10, 40} {
		for _, x := range []float64{0, 1e-12, 0.5, 1, 2.5, 10, 50, 1e3, -4.5, math.Inf(1), math.NaN()} {
			j, y := math.Jn(n, x), math.Yn(n, x)
			fmt.Printf("Jn(%d, %v) = %v %#x  Yn = %v %#x\n", n, x, j, math.Float64bits(j), y, math.Float64bits(y))
		}
	}
}
