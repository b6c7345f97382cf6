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
		-1,
		1500 * time.Microsecond,
		90 * time.Minute,
		-90*time.Minute - 500*time.Millisecond,
		time.Hour + 30*time.Minute + 45*time.Second + 123456789,
		math.MaxInt64,
		math.MinInt64,
	}
	for _, d := range ds {
		fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds())
		fmt.Println("  ", d.Milliseconds(), d.Microseconds(), d.Nanoseconds(), d.Abs())
	}
	units := []time.Duration{0, -1, 1, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour, 7 * time.Second}
	for _, d := range ds {
		for _, m := range units {
			fmt.Println(d, m, d.Round(m), d.Truncate(m))
		}
	}
	fmt.Println((2 * time.Second).Round(time.Second), (1500 * time.Millisecond).Round(time.Second), (-1500 * time.Millisecond).Round(time.Second))
	fmt.Println(time.Duration(math.MaxInt64-1).Round(time.Hour), time.Duration(math.MinInt64+1).Round(time.Hour))
	f := time.Duration.Seconds
	fmt.Println(f(2500 * time.Millisecond))
	g := (3 * time.Minute).Minutes
	fmt.Println(g())
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
}
