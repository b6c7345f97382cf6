package main

import "fmt"

func main() {
	vals := []float64{
		0, 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100, 1234.5678, 1e6, 1e20, 1e21, 1e-4, 1e-5,
		123456789012345678, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
		0.000001234, 3.0000000000000004, 9007199254740993, -0.0,
	}
	for _, v := range vals {
		fmt.Printf("%v|%g|%.3g|%e|%.2e|%f|%.1f|%G\n", v, v, v, v, v, v, v, v)
	}
	f32s := []float32{0.1, 1.0 / 3, 16777217, 3.4028235e38, 1.4e-45, 1e-10, 123.456}
	for _, v := range f32s {
		fmt.Printf("%v|%g|%e|%.3f\n", v, v, v, v)
		fmt.Println(v, float64(v))
	}
	fmt.Printf("[%10.3f] [%-10.2e] [%+.2f] [% .2f] [%010.4f]\n", 3.14159, 31415.9, 2.5, 2.5, -3.14159)
	fmt.Println(fmt.Sprint(1e100), fmt.Sprint(float32(1e10)), fmt.Sprintf("%.0f", 0.5), fmt.Sprintf("%.0f", 1.5), fmt.Sprintf("%.0f", 2.5))
}
