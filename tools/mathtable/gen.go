// Command gen writes the table that runtime/tests/math_table.rs checks
// gocc's package math against: for each function of Go's math package
// that takes or returns floats, its results on a few thousand inputs
// (special values, subnormals, huge and tiny values, values near the
// thresholds of each algorithm, near multiples of π/4, near 1, integers
// and half-integers, and random values from a fixed-seed generator), as
// the exact bits of the float64 results.
//
// Regenerate (on an amd64 machine with AVX and FMA, like the one the
// table was made on: gc's Exp takes a fused path there) with
//
//	go run tools/mathtable/gen.go > runtime/tests/data/math_table.txt
//
// (-scale=N multiplies the random inputs, for a one-off stress run.) The
// results that differ where the CPU lacks FMA (gc's Exp then takes its
// plain SSE2 path) go to a second file, made by running this program again
// under GODEBUG=cpu.fma=off:
//
//	go run tools/mathtable/gen.go -nofma > runtime/tests/data/math_table_nofma.txt
//
// whose lines are `NAME INDEX RESULT-TOKENS`: the result of math.NAME on
// input INDEX (from 0) of its set, without FMA.
//
// Format, line by line:
//
//	inputs KINDS COUNT   a new input set: COUNT lines follow, one per input,
//	                     with one token per kind: f = float64 (16 hex digits
//	                     of its bits), s = float32 (8 hex digits), i = int
//	                     (decimal)
//	fn NAME KINDS        the results of math.NAME on each input of the set
//	                     just above, one line per input, tokens as above
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"strings"
)

var out = bufio.NewWriter(os.Stdout)

// scale multiplies the number of random inputs: a larger table for a
// one-off stress run (the checked-in table uses 1).
var scale = flag.Int("scale", 1, "multiply the random inputs")

var nofma = flag.Bool("nofma", false, "print the results that differ without FMA")

// noFMADiff runs this program with and without FMA and prints, for each
// result that differs, the function, the input index and the result
// without FMA.
func noFMADiff() {
	run := func(godebug string) []string {
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), "GODEBUG="+godebug)
		b, err := cmd.Output()
		if err != nil {
			panic(err)
		}
		return strings.Split(string(bytes.TrimSpace(b)), "\n")
	}
	with, without := run(""), run("cpu.fma=off")
	if len(with) != len(without) {
		panic("tables differ in length")
	}
	name, index := "", 0
	for i, l := range with {
		if strings.HasPrefix(l, "inputs ") {
			name = ""
			continue
		}
		if strings.HasPrefix(l, "fn ") {
			name, index = strings.Fields(l)[1], 0
			continue
		}
		if name != "" {
			if l != without[i] {
				fmt.Fprintf(out, "%s %d %s\n", name, index, without[i])
			}
			index++
		}
	}
}

func tok(kind byte, v any) string {
	switch kind {
	case 'f':
		return fmt.Sprintf("%016x", math.Float64bits(v.(float64)))
	case 's':
		return fmt.Sprintf("%08x", math.Float32bits(v.(float32)))
	case 'i':
		return fmt.Sprint(v.(int))
	}
	panic("kind")
}

// section prints an input set and the results of each function on it.
func section(kinds string, inputs [][]any, fns []fn) {
	fmt.Fprintf(out, "inputs %s %d\n", kinds, len(inputs))
	for _, in := range inputs {
		line(kinds, in)
	}
	for _, f := range fns {
		fmt.Fprintf(out, "fn %s %s\n", f.name, f.kinds)
		for _, in := range inputs {
			line(f.kinds, f.call(in))
		}
	}
}

func line(kinds string, vals []any) {
	toks := make([]string, len(vals))
	for i, v := range vals {
		toks[i] = tok(kinds[i], v)
	}
	fmt.Fprintln(out, strings.Join(toks, " "))
}

type fn struct {
	name  string
	kinds string // of the results
	call  func([]any) []any
}

func f1(name string, f func(float64) float64) fn {
	return fn{name, "f", func(a []any) []any { return []any{f(a[0].(float64))} }}
}

func f2(name string, f func(float64, float64) float64) fn {
	return fn{name, "f", func(a []any) []any { return []any{f(a[0].(float64), a[1].(float64))} }}
}

var rng = rand.New(rand.NewSource(20261207))

// randBits: any finite float64 (random sign, exponent and mantissa).
func randBits() float64 {
	for {
		v := math.Float64frombits(rng.Uint64())
		if !math.IsNaN(v) && !math.IsInf(v, 0) {
			return v
		}
	}
}

func uniform(lo, hi float64) float64 { return lo + (hi-lo)*rng.Float64() }

// around: v and its neighbours within k ulps.
func around(v float64, k int) []float64 {
	r := []float64{v}
	a, b := v, v
	for i := 0; i < k; i++ {
		a = math.Nextafter(a, math.Inf(1))
		b = math.Nextafter(b, math.Inf(-1))
		r = append(r, a, b)
	}
	return r
}

func specials() []float64 {
	s := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
		5e-324, -5e-324, 1e-310, -1e-320, 2.2250738585072009e-308, 2.2250738585072014e-308,
		math.MaxFloat64, -math.MaxFloat64, 1e300, -1e300, 1e308, 1e-300, -1e-300, 1e-20, 1e20,
		1, -1, 0.5, -0.5, 2, -2, 3, 1.5, -1.5, 0.1, 1e-5, 1e-9, 1e-15, 1 << 52, 1 << 53, 1<<53 + 2,
		1 << 62, 1 << 63, 1 << 64, 3.141592653589793, math.E, math.Sqrt2}
	// Thresholds of the algorithms (and the NaN/Inf edges of their ranges).
	for _, t := range []float64{0.84375, 1.25, 6, 28, 21, 0.625, 8, 4.5454, 2.8571, 33, 143.01608, 171.6, 200,
		1 << 28, 1.0 / (1 << 28), 1.0 / (1 << 27), 1.0 / (1 << 29), 1.0 / (1 << 54), 1.0 / (1 << 70), 1 << 29,
		709.782712893384, 7.09782712893383973096e+02, -745.1332191019411, -708.39, 1024, 1023.9999999999999,
		-1074, -1022, 0.34657359027997264, 1.0397207708399179, 38.816242111356935, 44.014845965556525,
		0.41421356237309503, -0.2928932188134524, 0.7071067811865476, 1.4616321449683622, 0.7316321449683623,
		0.19163214496836226, 1.7316321449683623, 1.1916321449683622, 0.9, 0.85, 2.857142857142857,
		math.Ln2, 1 / 0.35, 1e-14, 1e9, 8.14823772409111e+90, 6.80564733841876926927e+38} {
		s = append(s, around(t, 2)...)
		s = append(s, around(-t, 1)...)
	}
	return s
}

func unaryInputs() []float64 {
	in := specials()
	for i := -30; i <= 30; i++ {
		in = append(in, float64(i), float64(i)+0.5)
	}
	for i := 1; i <= 40; i++ {
		in = append(in, float64(i)*0.1, -float64(i)*0.1, float64(i)*0.025)
	}
	// Near multiples of π/4, small and large.
	for k := 1; k <= 64; k++ {
		in = append(in, around(float64(k)*math.Pi/4, 1)...)
		in = append(in, -float64(k)*math.Pi/4)
	}
	for _, m := range []float64{1e3, 1e6, 1e9, 1 << 29, 1e15, 1e20, 1e100, 1e200} {
		for k := 1; k <= 6; k++ {
			in = append(in, around(m+float64(k)*math.Pi/2, 1)...)
		}
	}
	// Near 1 (logs), and 1 ± 2^-k.
	in = append(in, around(1, 8)...)
	for k := 1; k <= 60; k += 3 {
		d := math.Ldexp(1, -k)
		in = append(in, 1+d, 1-d, -1+d, d, -d)
	}
	// Powers of two over the whole range, and 10^k.
	for k := -1074; k <= 1023; k += 29 {
		in = append(in, math.Ldexp(1, k), -math.Ldexp(1.75, k-1))
	}
	for k := -323; k <= 308; k += 17 {
		in = append(in, math.Pow10(k))
	}
	// Random values at every scale.
	for i := 0; i < 300*(*scale); i++ {
		in = append(in, randBits())
	}
	for _, r := range []float64{1, 2, 10, 30, 100, 750, 1100} {
		for i := 0; i < 120*(*scale); i++ {
			in = append(in, uniform(-r, r))
		}
	}
	for i := 0; i < 100*(*scale); i++ {
		in = append(in, uniform(0, 2))
	}
	// Subnormal and near-overflow results (Exp's and Exp2's scaling paths),
	// subnormal arguments, and the negative range of Gamma and Lgamma.
	for i := 0; i < 60*(*scale); i++ {
		in = append(in, uniform(-746, -708), uniform(-1075, -1022), uniform(700, 710),
			math.Float64frombits(rng.Uint64()&(1<<52-1)), uniform(-200, 0))
	}
	return in
}

func binaryInputs() [][2]float64 {
	xs := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 2, -2, 0.5, -0.5,
		3, -3, 10, -10, 1e-310, -1e-310, 1e300, -1e300, 0.99, 1.01, -0.99, 1.5, -1.5, math.Pi, 1e10, 1e-10,
		math.MaxFloat64, 5e-324}
	ys := append(append([]float64{}, xs...), 1<<63, 1<<53+1, 1e20, -1e20, 7, -7, 0.3, 1.0/3)
	var in [][2]float64
	for _, x := range xs {
		for _, y := range ys {
			in = append(in, [2]float64{x, y})
		}
	}
	for i := 0; i < 500*(*scale); i++ {
		in = append(in, [2]float64{uniform(0, 10), uniform(-50, 50)})
	}
	for i := 0; i < 200*(*scale); i++ {
		in = append(in, [2]float64{uniform(-10, 10), float64(rng.Intn(61) - 30)})
	}
	for i := 0; i < 200*(*scale); i++ {
		in = append(in, [2]float64{uniform(-1e3, 1e3), uniform(-1e3, 1e3)})
	}
	for i := 0; i < 300*(*scale); i++ {
		in = append(in, [2]float64{randBits(), randBits()})
	}
	for i := 0; i < 100*(*scale); i++ {
		in = append(in, [2]float64{uniform(0.5, 2), uniform(-2000, 2000)})
	}
	return in
}

func main() {
	flag.Parse()
	defer out.Flush()
	if *nofma {
		noFMADiff()
		return
	}

	var un [][]any
	for _, v := range unaryInputs() {
		un = append(un, []any{v})
	}
	lg := func(a []any) []any { l, s := math.Lgamma(a[0].(float64)); return []any{l, s} }
	section("f", un, []fn{
		f1("Sqrt", math.Sqrt), f1("Abs", math.Abs), f1("Floor", math.Floor), f1("Ceil", math.Ceil),
		f1("Trunc", math.Trunc), f1("Round", math.Round), f1("RoundToEven", math.RoundToEven),
		f1("Sin", math.Sin), f1("Cos", math.Cos), f1("Tan", math.Tan),
		{"Sincos", "ff", func(a []any) []any { s, c := math.Sincos(a[0].(float64)); return []any{s, c} }},
		f1("Asin", math.Asin), f1("Acos", math.Acos), f1("Atan", math.Atan),
		f1("Sinh", math.Sinh), f1("Cosh", math.Cosh), f1("Tanh", math.Tanh),
		f1("Asinh", math.Asinh), f1("Acosh", math.Acosh), f1("Atanh", math.Atanh),
		f1("Exp", math.Exp), f1("Exp2", math.Exp2), f1("Expm1", math.Expm1),
		f1("Log", math.Log), f1("Log2", math.Log2), f1("Log10", math.Log10), f1("Log1p", math.Log1p),
		f1("Logb", math.Logb),
		{"Ilogb", "i", func(a []any) []any { return []any{math.Ilogb(a[0].(float64))} }},
		f1("Cbrt", math.Cbrt),
		{"Frexp", "fi", func(a []any) []any { f, e := math.Frexp(a[0].(float64)); return []any{f, e} }},
		{"Modf", "ff", func(a []any) []any { i, f := math.Modf(a[0].(float64)); return []any{i, f} }},
		f1("Erf", math.Erf), f1("Erfc", math.Erfc), f1("Erfinv", math.Erfinv), f1("Erfcinv", math.Erfcinv),
		f1("Gamma", math.Gamma), {"Lgamma", "fi", lg},
		f1("J0", math.J0), f1("J1", math.J1), f1("Y0", math.Y0), f1("Y1", math.Y1),
	})

	var bin [][]any
	for _, p := range binaryInputs() {
		bin = append(bin, []any{p[0], p[1]})
	}
	section("ff", bin, []fn{
		f2("Pow", math.Pow), f2("Atan2", math.Atan2), f2("Hypot", math.Hypot), f2("Mod", math.Mod),
		f2("Remainder", math.Remainder), f2("Dim", math.Dim), f2("Max", math.Max), f2("Min", math.Min),
		f2("Nextafter", math.Nextafter), f2("Copysign", math.Copysign),
	})

	var fmaIn [][]any
	for _, x := range []float64{0, math.Copysign(0, -1), 1, -1, math.Inf(1), math.Inf(-1), math.NaN(), 1e308, 5e-324, 0.1} {
		for _, y := range []float64{0, -1, 3, math.Inf(1), math.NaN(), 1e10, 1e-320} {
			for _, z := range []float64{0, math.Copysign(0, -1), -1, math.Inf(-1), math.NaN(), 1e-300} {
				fmaIn = append(fmaIn, []any{x, y, z})
			}
		}
	}
	for i := 0; i < 300*(*scale); i++ {
		fmaIn = append(fmaIn, []any{randBits(), randBits(), randBits()})
		x, y := uniform(-10, 10), uniform(-10, 10)
		fmaIn = append(fmaIn, []any{x, y, -x * y})
	}
	section("fff", fmaIn, []fn{{"FMA", "f", func(a []any) []any {
		return []any{math.FMA(a[0].(float64), a[1].(float64), a[2].(float64))}
	}}})

	var ld [][]any
	for _, f := range []float64{0, math.Copysign(0, -1), math.Inf(1), math.NaN(), 1, -0.75, 0.5, 1.9999999999999998,
		5e-324, 3e-310, math.MaxFloat64, 0.1, -123.456} {
		for _, e := range []int{0, 1, -1, 52, -52, 1023, 1024, -1022, -1023, -1074, -1075, -1076, -1100, 2000,
			-2000, math.MaxInt64, math.MinInt64, 100, -100, 1070, -1050, -1060, -1073} {
			ld = append(ld, []any{f, e})
		}
	}
	section("fi", ld, []fn{{"Ldexp", "f", func(a []any) []any { return []any{math.Ldexp(a[0].(float64), a[1].(int))} }}})

	var p10 [][]any
	for n := -330; n <= 315; n++ {
		p10 = append(p10, []any{n})
	}
	p10 = append(p10, []any{math.MaxInt64}, []any{math.MinInt64})
	section("i", p10, []fn{{"Pow10", "f", func(a []any) []any { return []any{math.Pow10(a[0].(int))} }}})

	var jn [][]any
	xs := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1e-30, 1e-10, 0.1, 0.5, 1, 1.5,
		2, 2.5, 3, 4, 5, 7.5, 10, 12.3, 20, 33.3, 50, 99, 100, 150, 1000, 1e5, 1e10, 1e20, 1e300, -1, -2.5, -10, -33.3}
	for _, n := range []int{0, 1, -1, 2, -2, 3, -3, 4, 5, -5, 7, 10, -10, 20, 33, 34, 50, 100, 200, 1000} {
		for _, x := range xs {
			jn = append(jn, []any{n, x})
		}
	}
	section("if", jn, []fn{
		{"Jn", "f", func(a []any) []any { return []any{math.Jn(a[0].(int), a[1].(float64))} }},
		{"Yn", "f", func(a []any) []any { return []any{math.Yn(a[0].(int), a[1].(float64))} }},
	})

	var n32 [][]any
	f32s := []float32{0, float32(math.Copysign(0, -1)), 1, -1, float32(math.Inf(1)), float32(math.Inf(-1)),
		float32(math.NaN()), math.MaxFloat32, math.SmallestNonzeroFloat32, 1e-40, 3.5, -2.25}
	for _, x := range f32s {
		for _, y := range f32s {
			n32 = append(n32, []any{x, y})
		}
	}
	section("ss", n32, []fn{{"Nextafter32", "s", func(a []any) []any {
		return []any{math.Nextafter32(a[0].(float32), a[1].(float32))}
	}}})
}
