package main

import "fmt"

func main() {
	a := map[int8]int{-128: 1, 127: 2}
	b := map[uint16]string{65535: "max", 0: "zero"}
	c := map[int64]bool{-1 << 63: true}
	d := map[uint64]int{1<<64 - 1: 7}
	e := map[rune]int{'é': 1, 'z': 2}
	f := map[uintptr]int{1: 1}
	fmt.Println(a[-128], a[127], a[0], len(a))
	fmt.Println(b[65535], b[0], len(b))
	fmt.Println(c[-1<<63], c[0])
	fmt.Println(d[1<<64-1], f[1])
	fmt.Println(e['é'], e['z'])
	fmt.Println(a, b, e)
}
