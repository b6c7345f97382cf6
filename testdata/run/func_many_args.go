package main

import "fmt"

// More arguments and results than fit in registers, mixed int and float.
func mix(a int, b float64, c int8, d float32, e int, f float64, g uint16, h float64,
	i int, j float64, k int, l float64, m int, n float64, o string, p bool) (int, float64, string, bool, int8, uint16, float32, int, int, float64) {
	return a + e + i + k + m, b + f + h + j + l + n, o + "!", !p, c * 2, g + 1, d * 2, a * m, k - i, n - b
}

func sum12(a, b, c, d, e, f, g, h, i, j, k, l int) int {
	return a + 2*b + 3*c + 4*d + 5*e + 6*f + 7*g + 8*h + 9*i + 10*j + 11*k + 12*l
}

func main() {
	fmt.Println(mix(1, 1.5, 3, 2.5, 5, 6.5, 7, 8.5, 9, 10.5, 11, 12.5, 13, 14.5, "s", false))
	fmt.Println(sum12(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
	f := sum12
	fmt.Println(f(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1))
}
