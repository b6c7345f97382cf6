// Command ftoa writes runtime/src/strconv/ftoa_golden.rs from strconv.FormatFloat.
//
//	go run runtime/testgen/ftoa/main.go > runtime/src/strconv/ftoa_golden.rs
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
)

type spec struct {
	f byte
	p int
}

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.5, 2.5, 0.5, 3.14159, 1e6, 1e5, 123456, 1234567, 1e21, 1e20, 1e-5, 1e-4, 1e-7,
		5e-324, math.MaxFloat64, 100, 12345.678, 0.000123, 2.0 / 3, 1.0 / 3, math.NaN(), math.Inf(1), math.Inf(-1), 0.05, 0.15, 0.25, 1e100, 123456789.0, 9.999999, 0.9999, 999999.5, 1e15, 1e16, 123e-20, 0.001, 99.5, 0.125, 1.0e-320}
	specs := []spec{{'g', -1}, {'e', -1}, {'f', -1}, {'e', 6}, {'f', 6}, {'g', 6}, {'f', 2}, {'f', 0}, {'e', 2}, {'g', 3}, {'g', 0}, {'e', 0}, {'g', 10}, {'f', 20}, {'E', 3}, {'G', 4}, {'g', 1}, {'e', 17}, {'g', 17}, {'x', -1}, {'X', 3}, {'b', -1}, {'x', 0}}
	fmt.Println("// Generated from strconv.FormatFloat by go1.26.8 (runtime/testgen/ftoa); do not edit.")
	fmt.Println("pub const CASES: &[(f64, u8, i32, u32, &str)] = &[")
	for _, v := range vals {
		for _, s := range specs {
			fmt.Printf("    (f64::from_bits(%#x), b'%c', %d, 64, %q),\n", math.Float64bits(v), s.f, s.p, strconv.FormatFloat(v, s.f, s.p, 64))
		}
	}
	f32s := []float32{0.1, 1.0 / 3, 16777216, 3.4e38, 1e-45, 1.5, 100000, 1e6, 1e-5, 3.1415927}
	for _, v := range f32s {
		for _, s := range specs {
			fmt.Printf("    (f64::from_bits(%#x), b'%c', %d, 32, %q),\n", math.Float64bits(float64(v)), s.f, s.p, strconv.FormatFloat(float64(v), s.f, s.p, 32))
		}
	}
	// Pseudo-random bit patterns (fixed seed) and decimal-looking values.
	rng := rand.New(rand.NewPCG(1, 2))
	rspecs := []spec{{'g', -1}, {'e', -1}, {'e', 5}, {'f', 3}, {'g', 8}}
	for i := 0; i < 300; i++ {
		var v float64
		if i%2 == 0 {
			v = math.Float64frombits(rng.Uint64())
		} else {
			v = float64(rng.IntN(2000000)-1000000) / math.Pow(10, float64(rng.IntN(12)))
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		for _, s := range rspecs {
			fmt.Printf("    (f64::from_bits(%#x), b'%c', %d, 64, %q),\n", math.Float64bits(v), s.f, s.p, strconv.FormatFloat(v, s.f, s.p, 64))
		}
		f := math.Float32frombits(rng.Uint32())
		if !math.IsNaN(float64(f)) && !math.IsInf(float64(f), 0) {
			fmt.Printf("    (f64::from_bits(%#x), b'g', -1, 32, %q),\n", math.Float64bits(float64(f)), strconv.FormatFloat(float64(f), 'g', -1, 32))
		}
	}
	fmt.Println("];")
}
