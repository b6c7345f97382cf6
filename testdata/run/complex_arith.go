package main

import "fmt"

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(real(a*b), imag(a*b))
	fmt.Println(a == complex(1, 2), a != b)
	var c complex64 = complex64(a)
	c *= 2
	fmt.Println(c, real(c), imag(c))
	fmt.Printf("%T %T %T\n", c, real(c), a)
	fmt.Printf("%v %.2f %g %e\n", b, b, b, b)
	z := complex(0, 0)
	fmt.Println(a/z, -a)
	x, y := 1.5, -2.5
	fmt.Println(complex(x, y), complex(float32(x), float32(y)))
}
