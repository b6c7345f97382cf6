// The elementary functions of package math give gc's exact bits (gc uses
// its own algorithms, not the C library's): each result printed with %v,
// %b and its Float64bits, over special values and ordinary ones. Functions
// are called both directly and as func values.
package main

import (
	"fmt"
	"math"
)

func p(name string, x, v float64) {
	fmt.Printf("%s(%v) = %v %b %#x\n", name, x, v, v, math.Float64bits(v))
}

func main() {
	// The examples of issue #13.
	fmt.Println(math.Tan(math.Pi/4), math.Exp(1.5), math.Sin(math.Pi), math.Cos(math.Pi/2), math.Log(10))

	unary := []struct {
		name string
		f    func(float64) float64
	}{
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan},
		{"Asin", math.Asin}, {"Acos", math.Acos}, {"Atan", math.Atan},
		{"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh},
		{"Asinh", math.Asinh}, {"Acosh", math.Acosh}, {"Atanh", math.Atanh},
		{"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1},
		{"Log", math.Log}, {"Log2", math.Log2}, {"Log10", math.Log10}, {"Log1p", math.Log1p},
		{"Cbrt", math.Cbrt}, {"Sqrt", math.Sqrt},
	}
	xs := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.5, -0.75,
		1.5, 2, 3, 10, -10, 100, 700, 710, -745, -750, 1e-10, 5e-324, 1e300, math.Pi / 4, math.Pi / 2,
		math.Pi, 3 * math.Pi / 2, 1e6 + 0.25, 1 << 30, 1e22, 0.9999999999999999, 1.0000000000000002}
	for _, u := range unary {
		for _, x := range xs {
			p(u.name, x, u.f(x))
		}
	}
	for _, x := range xs {
		s, c := math.Sincos(x)
		fmt.Printf("Sincos(%v) = %v %v %#x %#x\n", x, s, c, math.Float64bits(s), math.Float64bits(c))
	}

	pairs := [][2]float64{{2, 10}, {2, 0.5}, {2, -0.5}, {10, -3}, {-2, 3}, {-2, 0.5}, {0, -1},
		{math.Copysign(0, -1), -3}, {math.Copysign(0, -1), 3}, {1.5, 1e10}, {0.5, math.Inf(1)},
		{-1, math.Inf(-1)}, {math.Inf(-1), 3}, {math.Inf(-1), -2}, {math.NaN(), 0}, {1, math.NaN()},
		{3.7, 2.2}, {1.0000001, 1e9}, {0.1, 300}, {7, 1.0 / 3}, {-8, 1.0 / 3}, {2, 1024}, {2, -1075}}
	for _, q := range pairs {
		x, y := q[0], q[1]
		v := math.Pow(x, y)
		fmt.Printf("Pow(%v, %v) = %v %b %#x\n", x, y, v, v, math.Float64bits(v))
		v = math.Atan2(x, y)
		fmt.Printf("Atan2(%v, %v) = %v %#x\n", x, y, v, math.Float64bits(v))
		v = math.Hypot(x, y)
		fmt.Printf("Hypot(%v, %v) = %v %#x\n", x, y, v, math.Float64bits(v))
	}
	for _, n := range []int{-400, -324, -323, -300, -22, -1, 0, 1, 22, 23, 100, 308, 309} {
		fmt.Printf("Pow10(%d) = %v %b\n", n, math.Pow10(n), math.Pow10(n))
	}

	// A running sum, as benchmarks compute them.
	sum := 0.0
	for i := 1; i <= 1000; i++ {
		x := float64(i) * 0.01
		sum += math.Sin(x)*math.Cos(x) + math.Exp(-x)*math.Log(x+1) + math.Pow(x, 1.5) + math.Atan(x)
	}
	fmt.Printf("sum %v %#x\n", sum, math.Float64bits(sum))
}
