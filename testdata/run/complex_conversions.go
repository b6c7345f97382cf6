package main

import "fmt"

func main() {
	const k = 2 + 3i
	var c64 complex64 = k
	var c128 complex128 = complex128(c64)
	fmt.Println(c64, c128, k*k)
	fmt.Println(real(k), imag(k))
	f := 0.1
	z := complex(f, f)
	z32 := complex64(z)
	fmt.Println(z, z32, complex128(z32) == z)
	var zero complex128
	fmt.Println(zero, zero == 0)
	arr := []complex128{1i, 1i * 1i, -1}
	s := complex(0, 0)
	for _, v := range arr {
		s += v
	}
	fmt.Println(s)
}
