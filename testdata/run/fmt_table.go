package main

import (
	"errors"
	"fmt"
	"math"
)

type Pt struct {
	X, Y int
}

type Named struct {
	Name string
	Tags []string
	P    *Pt
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Level int

const (
	Low Level = iota
	High
)

func main() {
	values := []any{
		0, -42, 255, int8(-128), uint8(200), int64(math.MinInt64), uint64(math.MaxUint64),
		3.14159, -0.0, 1e21, 1e-7, math.NaN(), math.Inf(-1), float32(0.1),
		"hi", "", "héllo\n\"q\"", 'x', true,
		nil, []int{1, -2}, []byte("ab"), [2]string{"a", "b"}, []string(nil),
		Pt{1, -2}, &Pt{3, 4}, Named{"n", []string{"t"}, nil}, Named{"m", []string{}, nil},
		map[string]int{"b": 2, "a": 1}, errors.New("err!"), Celsius(21.5), High,
		complex(1, -2), struct{}{}, []any{1, "a", nil},
	}
	verbs := []string{
		"%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%X", "%o", "%O", "%b",
		"%c", "%U", "%e", "%E", "%f", "%g", "%G", "%t", "%5v", "%-6v|", "%08.3f",
		"%+d", "% d", "%#x", "%.2s", "%10.3g", "%#q", "%x.",
	}
	for _, verb := range verbs {
		for i, v := range values {
			fmt.Printf("%-6s %2d: ", verb, i)
			fmt.Printf(verb, v)
			fmt.Println()
		}
	}
	// Star width and precision, argument indexes, extra and missing args.
	fmt.Printf("[%*d] [%-*d] [%.*f] [%*.*f]\n", 5, 42, 4, 7, 2, math.Pi, 8, 3, math.E)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z %-z\n", 3, "s")
	fmt.Printf("100%%\n")
	fmt.Printf("%p %p\n", 5, "s")
}
