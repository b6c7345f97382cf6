package main

import "fmt"

func inc(p *int) {
	*p++
}

func newInt(v int) *int {
	x := v
	return &x
}

func main() {
	x := 1
	p := &x
	*p = 5
	fmt.Println(x, *p, p == &x)
	inc(&x)
	inc(p)
	fmt.Println(x)
	q := new(int)
	fmt.Println(*q)
	*q = 42
	fmt.Println(*q)
	a := newInt(7)
	b := newInt(7)
	fmt.Println(*a == *b, a == b)
	var np *int
	fmt.Println(np == nil)
	s := new([3]string)
	s[1] = "mid"
	fmt.Println(*s, len(s))
	arr := []int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	pf := new(float64)
	*pf += 2.5
	fmt.Println(*pf)
	type T struct{ a, b int }
	t := new(T)
	t.b = 3
	fmt.Println(*t)
}
