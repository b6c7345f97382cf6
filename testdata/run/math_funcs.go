package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{-2.5, -1, -0.5, 0, 0.5, 1, 2, 2.5, 10}
	for _, x := range xs {
		fmt.Println(x, math.Abs(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x))
	}
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Cbrt(27))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(0, -1))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.Hypot(3, 4), math.Exp(1), math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Atan2(1, 1))
	fmt.Println(math.Signbit(-0.0), math.Copysign(3, -1), math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	fr, ex := math.Frexp(8)
	ip, fp := math.Modf(3.75)
	fmt.Println(fr, ex, ip, fp)
}
