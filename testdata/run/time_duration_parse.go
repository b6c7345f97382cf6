package main

import (
	"fmt"
	"time"
)

func main() {
	inputs := []string{
		"0", "-0", "+0", "5s", "30s", "1478s", "-5s", "+5s", "-0s",
		"5.0s", "5.6s", "5.s", ".5s", "1.0s", "1.00s", "1.004s", "1.0040s", "100.00100s",
		"10ns", "11us", "12µs", "12μs", "13ms", "14s", "15m", "16h",
		"3h30m", "10.5s4m", "-2m3.4s", "1h2m3s4ms5us6ns", "39h9m14.425s",
		"52763797000ns", "0.3333333333333333333h", "9007199254740993ns",
		"9223372036854775807ns", "9223372036854775.807us", "9223372036s854ms775us807ns",
		"-9223372036854775808ns", "-9223372036854775.808us",
		"0.100000000000000000000h", "0.830103483285477580700h",
		// errors
		"", "3", "-", "s", ".", "-.", ".s", "+.s", "1d", "\x85\x85", "\xffff",
		"hello \xffff world", "\uFFFD", "\uFFFD hello \uFFFD world", "9223372036854775808ns",
		"9223372036854775.808us", "9223372036854ms775us808ns", "-9223372036854775809ns",
		"1.5x", "5 s", "1e3s", "\"5s\"", "\\5s", "1h-2m",
	}
	for _, s := range inputs {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("%q: %v (d=%d)\n", s, err, d)
			continue
		}
		fmt.Printf("%q: %v %d\n", s, d, int64(d))
	}
	// Round trip through String.
	for _, d := range []time.Duration{0, 1, 1234567, 90 * time.Minute, -7 * time.Hour, 1<<63 - 1, -1 << 63} {
		p, err := time.ParseDuration(d.String())
		fmt.Println(d, p == d, err)
	}
}
