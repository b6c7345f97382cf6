// spectral-norm from the Computer Language Benchmarks Game: float64 loops
// and function calls. math.Sqrt is replaced by Newton iteration.
package main

import "fmt"

func evalA(i, j int) float64 {
	return 1 / float64((i+j)*(i+j+1)/2+i+1)
}

func times(v []float64, u []float64) {
	for i := range v {
		a := 0.0
		for j := range u {
			a += evalA(i, j) * u[j]
		}
		v[i] = a
	}
}

func timesTransp(v []float64, u []float64) {
	for i := range v {
		a := 0.0
		for j := range u {
			a += evalA(j, i) * u[j]
		}
		v[i] = a
	}
}

func aTimesTransp(v, u, tmp []float64) {
	times(tmp, u)
	timesTransp(v, tmp)
}

func sqrt(x float64) float64 {
	g := x
	if g < 1 {
		g = 1
	}
	for i := 0; i < 60; i++ {
		g = (g + x/g) / 2
	}
	return g
}

func main() {
	const n = 3000
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		aTimesTransp(v, u, tmp)
		aTimesTransp(u, v, tmp)
	}
	var vBv, vv float64
	for i, vi := range v {
		vBv += u[i] * vi
		vv += vi * vi
	}
	fmt.Println(sqrt(vBv / vv))
}
