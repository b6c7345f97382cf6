package main

import "fmt"

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:5]
	fmt.Println(a, len(a), cap(a))
	a[0] = 20
	fmt.Println(base)
	fill(base[5:], 9)
	fmt.Println(base, a)
	// append within capacity writes through to base
	a = append(a, 50)
	fmt.Println(base)
	// append beyond capacity reallocates
	c := base[6:8:8]
	c = append(c, 100)
	c[0] = -1
	fmt.Println(base, c)
	arr := [4]int{1, 2, 3, 4}
	sl := arr[:]
	sl[3] = 40
	fmt.Println(arr)
	p := &arr
	ps := p[1:3]
	ps[0] = 200
	fmt.Println(arr, ps)
}
