package main

import "fmt"

func main() {
	a := make([]int, 3)
	b := make([]int, 2, 10)
	fmt.Println(a, len(a), cap(a), b, len(b), cap(b))
	src := []int{1, 2, 3, 4, 5}
	n := copy(a, src)
	fmt.Println(n, a)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	bs := make([]byte, 4)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	var empty []int
	fmt.Println(copy(empty, src), empty == nil)
	s := make([]string, 0, 4)
	s = append(s, "x", "y")
	fmt.Println(len(s), cap(s), s)
	fs := make([]float64, 3)
	fs[1] = 2.5
	fmt.Println(fs)
	m := make([][]int, 3)
	for i := range m {
		m[i] = make([]int, i+1)
		for j := range m[i] {
			m[i][j] = i * j
		}
	}
	fmt.Println(m)
}
