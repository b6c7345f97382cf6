package main

import "fmt"

func main() {
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99 // index evaluated before assignment
	fmt.Println(i, s)
	x := 10
	x += 5
	x -= 3
	x *= 4
	x /= 6
	x %= 5
	x <<= 3
	x >>= 1
	x |= 0x100
	x &= 0x1f8
	x ^= 0x3
	x &^= 0x100
	fmt.Println(x)
	x++
	x--
	x++
	fmt.Println(x)
	_ = x
	_, y := 5, 6
	fmt.Println(y)
	var (
		p int     = 1
		q float64 = 2
		r         = "three"
	)
	fmt.Println(p, q, r)
	arr := [3]int{}
	arr[0], arr[1], arr[2] = 7, 8, 9
	fmt.Println(arr)
}
