package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	t := s[2:4:6]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(s)
	t = append(t, 200)
	fmt.Println(s)
	t = append(t, 300)
	fmt.Println(s, t, len(t))
	u := s[:0:0]
	u = append(u, 42)
	fmt.Println(s[0], u)
	arr := [5]int{1, 2, 3, 4, 5}
	v := arr[1:2:3]
	fmt.Println(v, len(v), cap(v))
	w := v[:cap(v)]
	fmt.Println(w)
}
