package main

import "fmt"

func main() {
	fmt.Printf("%v %d %s %q\n", 42, 42, "str", "quo\"ted")
	fmt.Printf("%x %X %x %x\n", 255, 255, "hi", -255)
	fmt.Printf("%c %c %q %U\n", 'A', 0x4e16, 'x', 0x1F600)
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%f %.2f %.0f %e %E %g %G\n", 3.14159, 3.14159, 2.5, 123456.789, 0.000123, 1e21, 1e-7)
	fmt.Printf("%T %T %T %T %T %T\n", 1, "s", 2.0, true, []int{}, [2]string{})
	fmt.Printf("%T %T %T %T\n", int8(1), uint16(2), float32(3), 'r')
	fmt.Printf("%b %o %O\n", 10, 64, 64)
	fmt.Printf("%%literal percent\n")
	fmt.Printf("%v %v\n", []int{1, 2, 3}, [3]string{"a", "b", "c"})
	fmt.Printf("%d %s\n", []int{1, 2}, []string{"x", "y"})
	fmt.Printf("%q\n", []string{"a", "b"})
	fmt.Printf("%x % x %X\n", []byte("abc"), []byte("abc"), "xyz")
	fmt.Printf("no newline")
	fmt.Printf("\n")
}
