// Untyped constants convert to float64/float32 with one rounding, also
// into the subnormal range and from big integers (issue 1463's constants,
// go/test/fixedbugs/bug321.go).
package main

import "fmt"

const big = 1<<100 + 1<<47 + 1

func main() {
	fmt.Println(2.2250738585072012e-308, 2.2250738585072011e-308, 4.9406564584124654e-324,
		2.4703282292062328e-324, 2.4703282292062327e-324, 1.7976931348623158e308)
	var a, b, c float32 = 7.006492321624086e-46, 7.006492321624085e-46, 1.1754942e-38
	fmt.Println(a, b, c, float32(1.4e-45), float32(3.4028235e38))
	fmt.Println(float64(big), float32(big), float64(-big), float64(1<<62+1<<9+1))
	fmt.Printf("%b %b %b\n", 2.2250738585072011e-308, float64(big), float32(7.006492321624086e-46))
}
