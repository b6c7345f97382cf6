// A constant shift count written as a float (`x >> 1.0`, `2.0`, `1e1`) is
// a uint count, in expressions, op-assignments (also on map elements) and
// with an untyped constant on the left of a non-constant shift.
package main

import "fmt"

func main() {
	p := 3
	x := 1 << p >> 1.0
	var s uint = 2
	y := 100 >> 2.0 << s
	z := uint8(200)
	z >>= 1.0
	m := map[string]int64{"k": -64}
	m["k"] >>= 2.0
	m["k"] <<= 1e1
	var w int32 = 5
	w <<= 3.0
	fmt.Println(x, y, 7>>1.0, uint8(200)>>1.0, z, m["k"], w, int64(1)<<62.0)
	idx := []int{10, 20, 30, 40}
	fmt.Println(idx[8>>p>>1.0], idx[1<<p>>2.0])
}
