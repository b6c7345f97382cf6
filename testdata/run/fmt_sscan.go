package main

import (
	"bufio"
	"fmt"
	"strings"
)

// Sscan, Sscanln and Fscan over a bufio.Reader: the %v conversions of
// every basic kind and gc's error texts.

func main() {
	var (
		i   int
		i8  int8
		u   uint
		f32 float32
		f   float64
		s   string
		bs  []byte
		b   bool
		r   rune
	)
	n, err := fmt.Sscan("12 -7 9 1.5 -2.25e3 word bytes T 65", &i, &i8, &u, &f32, &f, &s, &bs, &b, &r)
	fmt.Println(n, err, i, i8, u, f32, f, s, string(bs), b, r)
	n, err = fmt.Sscan("1\n2", &i, &u)
	fmt.Println(n, err, i, u)
	n, err = fmt.Sscanln("1\n2", &i, &u)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("5 6 7", &i, &u)
	fmt.Println(n, err)
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("-1", &u)
	fmt.Println(n, err)
	n, err = fmt.Sscan("abc", &f)
	fmt.Println(n, err)
	n, err = fmt.Sscan("yes", &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscan("", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("4", &i, &u)
	fmt.Println(n, err, i)
	n, err = fmt.Sscan("0x1F 0o17 0b101 1_000 nan -Inf", &i, &u, &i8, &i, &f, &f32)
	fmt.Println(n, err, u, i8, i, f, f32)
	var c complex128
	n, err = fmt.Sscan("1", &c)
	fmt.Println(n, err)
	var c64 complex64
	n, err = fmt.Sscan("(1.5-2i) 3+4.5i", &c, &c64)
	fmt.Println(n, err, c, c64)
	type T struct{}
	n, err = fmt.Sscan("1", &T{})
	fmt.Println(n, err)

	rd := bufio.NewReader(strings.NewReader("3\n10 20 30\nend"))
	var k int
	fmt.Fscan(rd, &k)
	total := 0
	for j := 0; j < k; j++ {
		var x int
		fmt.Fscan(rd, &x)
		total += x
	}
	var word string
	_, err = fmt.Fscan(rd, &word)
	fmt.Println(k, total, word, err)
	_, err = fmt.Fscan(rd, &word)
	fmt.Println(err)
}
