package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "-0.5e3", "1e400", "-1e400", "1e-400", "inf", "-Inf", "NaN", "0x1p-2", "abc", "", "1_0.5", ".5", "5."} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, "->", f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, err = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"true", "FALSE", "1", "0", "t", "F", "yes", "True", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, "->", b, err)
	}
}
