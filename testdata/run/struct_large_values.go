package main

import "fmt"

// Structs and arrays larger than a few registers, passed and returned by
// value.
type Big struct {
	A, B, C, D int64
	S          string
	F          [4]float64
	Flag       bool
}

func makeBig(n int64) Big {
	return Big{A: n, B: n * 2, C: n * 3, D: n * 4, S: fmt.Sprint("big", n), F: [4]float64{0.5, 1.5, 2.5, float64(n)}, Flag: n%2 == 0}
}

func double(b Big) Big {
	b.A *= 2
	b.B *= 2
	b.C *= 2
	b.D *= 2
	b.S += b.S
	for i := range b.F {
		b.F[i] *= 2
	}
	b.Flag = !b.Flag
	return b
}

func swapBig(x, y Big) (Big, Big) { return y, x }

func arr(n int) [16]int {
	var a [16]int
	for i := range a {
		a[i] = n * i
	}
	return a
}

func main() {
	b := makeBig(3)
	d := double(b)
	fmt.Println(b)
	fmt.Println(d)
	x, y := swapBig(b, d)
	fmt.Println(x.A, y.A, x == d, y == b)
	a := arr(3)
	fmt.Println(a, len(a))
	bigs := []Big{makeBig(1), makeBig(2)}
	bigs[1] = double(bigs[0])
	fmt.Println(bigs[1].S, bigs[1].F)
}
