package main

import "fmt"

func main() {
	ints := []int{0, 7, -7, 12345, -99999}
	intFmts := []string{"%d", "%6d", "%-6d", "%06d", "%+6d", "% 6d", "%.3d", "%8.4d", "%x", "%#6x", "%-#8o", "%b", "%08b", "%+x"}
	for _, f := range intFmts {
		for _, v := range ints {
			fmt.Printf("[" + f + "]")
			fmt.Printf(f, v)
			fmt.Println()
		}
	}
	floats := []float64{0, 1, -1.5, 123.456, 1e-10, 6.02e23, 0.1}
	floatFmts := []string{"%f", "%.0f", "%8.2f", "%-8.2f|", "%+.1e", "%g", "%.3g", "%10.4g", "%G", "%#g", "%#.0f", "%x"}
	for _, f := range floatFmts {
		for _, v := range floats {
			fmt.Printf("["+f+"]\n", v)
		}
	}
	strs := []string{"", "go", "gopher!"}
	for _, f := range []string{"%s", "%5s", "%-5s|", "%.2s", "%5.1s", "%q", "%8q", "%x", "%05s"} {
		for _, s := range strs {
			fmt.Printf("["+f+"]\n", s)
		}
	}
}
