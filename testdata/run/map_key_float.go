package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]string{}
	m[1.5] = "one and a half"
	m[0.0] = "zero"
	negZero := math.Copysign(0, -1)
	m[negZero] = "negative zero overwrites zero"
	nan := math.NaN()
	m[nan] = "nan 1"
	m[nan] = "nan 2"
	fmt.Println(len(m), m[0], m[1.5])
	_, ok := m[nan]
	fmt.Println("NaN lookup finds nothing:", ok)
	nans := 0
	for k := range m {
		if k != k {
			nans++
		}
	}
	fmt.Println("NaN keys:", nans)
	delete(m, nan)
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m))
	f32 := map[float32]int{0.1: 1}
	fmt.Println(f32[0.1], f32[float32(0.1)])
}
