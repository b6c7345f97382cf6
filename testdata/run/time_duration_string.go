package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{
		0,
		1,
		999,
		1000,
		1001,
		1500,
		999999,
		1000000,
		1500 * time.Microsecond,
		time.Second - 1,
		time.Second,
		1500 * time.Millisecond,
		59 * time.Second,
		time.Minute,
		61 * time.Second,
		time.Hour,
		time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		100 * time.Hour,
		-1,
		-1500 * time.Microsecond,
		-90 * time.Minute,
		math.MaxInt64,
		math.MinInt64,
		math.MinInt64 + 1,
	}
	for _, d := range ds {
		fmt.Println(d.String(), d)
	}
	// fmt's verbs go through String, except the integer verbs.
	d := 1500 * time.Millisecond
	fmt.Printf("%v %s %d %q %10v| %-8v| %x\n", d, d, d, d, d, d, d)
	fmt.Println(1500*time.Millisecond, []time.Duration{time.Second, 2 * time.Millisecond})
	fmt.Println(map[string]time.Duration{"a": time.Minute})
	var s fmt.Stringer = 3 * time.Nanosecond
	fmt.Println(s.String())
	type wrap struct {
		D time.Duration
		P *time.Duration
	}
	fmt.Printf("%v %+v\n", wrap{D: time.Hour}, wrap{D: 2 * time.Second})
	var any1 any = 42 * time.Microsecond
	switch v := any1.(type) {
	case fmt.Stringer:
		fmt.Println("Stringer", v)
	default:
		fmt.Println("other")
	}
}
