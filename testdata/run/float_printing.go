package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 0.5, 1.0 / 3, 2.5e-8, 6.02214076e23, 1e6, 1e20, 1e21, 123.456, 100}
	for _, v := range vals {
		fmt.Println(v)
		fmt.Printf("%v|%f|%.2f|%e|%g|%8.3f|%-8.1f|%08.2f\n", v, v, v, v, v, v, v, v)
	}
	println(1.5, 0.1, 1e100, -2.0)
	var f32 float32 = 0.1
	println(f32)
}
