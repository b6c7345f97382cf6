package main

import (
	"fmt"
	"math"
)

type P struct {
	X float64
	N int
}

type Q struct {
	A [2]float32
	S string
}

func show(m map[float64]string) {
	for k, v := range m {
		fmt.Println(k, math.Signbit(k), v)
	}
}

func main() {
	negz := math.Copysign(0, -1)

	m := map[float64]string{}
	m[negz] = "a"
	show(m)
	m[0] = "b"
	show(m)
	m[negz] += "c"
	show(m)
	fmt.Println(len(m), m[0], m[negz])

	// Map literals: the later key is stored with the earlier's entry.
	lit := map[float64]int{negz: 1}
	lit[0]++
	for k, v := range lit {
		fmt.Println("lit", k, math.Signbit(k), v)
	}

	// float32 keys.
	m32 := map[float32]int{}
	m32[float32(negz)] = 1
	m32[0] = 2
	for k, v := range m32 {
		fmt.Println("f32", math.Signbit(float64(k)), v)
	}

	// NaN keys never match: each assignment adds an entry.
	nan := math.NaN()
	mn := map[float64]int{}
	mn[nan] = 1
	mn[nan] = 2
	mn[1] = 3
	_, ok := mn[nan]
	fmt.Println("nan", len(mn), ok)
	delete(mn, nan)
	fmt.Println("after delete nan", len(mn))
	sum := 0
	for k, v := range mn {
		if k != k {
			sum += v
		}
	}
	fmt.Println("nan sum", sum)
	clear(mn)
	fmt.Println("after clear", len(mn))

	// Struct keys with float fields.
	ms := map[P]string{}
	ms[P{negz, 1}] = "x"
	ms[P{0, 1}] = "y"
	for k, v := range ms {
		fmt.Println("struct", k, math.Signbit(k.X), v)
	}
	mq := map[Q]int{}
	mq[Q{[2]float32{float32(negz), 1}, "s"}] = 1
	mq[Q{[2]float32{0, 1}, "s"}] = 2
	for k, v := range mq {
		fmt.Println("array", math.Signbit(float64(k.A[0])), k.S, v)
	}

	// Interface keys holding floats.
	mi := map[any]string{}
	mi[negz] = "p"
	mi[0.0] = "q"
	mi[1] = "int"
	for k, v := range mi {
		if f, ok := k.(float64); ok {
			fmt.Println("iface", f, math.Signbit(f), v)
		}
	}
	fmt.Println(len(mi), mi[1])

	// Complex keys.
	mc := map[complex128]int{}
	mc[complex(negz, negz)] = 1
	mc[0] = 2
	for k, v := range mc {
		fmt.Println("complex", math.Signbit(real(k)), math.Signbit(imag(k)), v)
	}

	// Delete by +0 removes the -0 entry.
	md := map[float64]int{negz: 1}
	delete(md, 0)
	fmt.Println("deleted", len(md))
}
