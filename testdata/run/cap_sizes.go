// Capacities of escaping slices grown by append, for element sizes from 1
// to 72 bytes: growslice doubles (then grows by 1.25x plus 192 elements
// past 256) and rounds the byte size up to a malloc size class.
package main

import "fmt"

type e3 [3]byte
type e5 [5]byte
type e6 [6]byte
type e7 [7]byte
type e12 [12]byte
type e20 [20]byte
type e24 [3]int64
type e40 [5]int64
type e48 [6]int64
type e72 [9]int64

var (
	s1  []byte
	s2  []int16
	s3  []e3
	s4  []int32
	s5  []e5
	s6  []e6
	s7  []e7
	s8  []int64
	s12 []e12
	s16 []string
	s20 []e20
	s24 []e24
	s40 []e40
	s48 []e48
	s72 []e72
)

// steps prints each distinct capacity seen while appending n elements.
func steps(name string, n int, app func() int) {
	last := -1
	fmt.Print(name, ":")
	for i := 0; i < n; i++ {
		c := app()
		if c != last {
			fmt.Print(" ", c)
			last = c
		}
	}
	fmt.Println()
}

func main() {
	steps("1", 3000, func() int { s1 = append(s1, 1); return cap(s1) })
	steps("2", 3000, func() int { s2 = append(s2, 1); return cap(s2) })
	steps("3", 3000, func() int { s3 = append(s3, e3{}); return cap(s3) })
	steps("4", 3000, func() int { s4 = append(s4, 1); return cap(s4) })
	steps("5", 3000, func() int { s5 = append(s5, e5{}); return cap(s5) })
	steps("6", 3000, func() int { s6 = append(s6, e6{}); return cap(s6) })
	steps("7", 3000, func() int { s7 = append(s7, e7{}); return cap(s7) })
	steps("8", 3000, func() int { s8 = append(s8, 1); return cap(s8) })
	steps("12", 3000, func() int { s12 = append(s12, e12{}); return cap(s12) })
	steps("16", 3000, func() int { s16 = append(s16, ""); return cap(s16) })
	steps("20", 3000, func() int { s20 = append(s20, e20{}); return cap(s20) })
	steps("24", 3000, func() int { s24 = append(s24, e24{}); return cap(s24) })
	steps("40", 3000, func() int { s40 = append(s40, e40{}); return cap(s40) })
	steps("48", 3000, func() int { s48 = append(s48, e48{}); return cap(s48) })
	steps("72", 3000, func() int { s72 = append(s72, e72{}); return cap(s72) })

	// Appending many at once: the new length decides when it exceeds
	// double the old capacity.
	s8 = nil
	s8 = append(s8, 1, 2, 3)
	fmt.Println(cap(s8))
	s8 = append(s8, make([]int64, 10)...)
	fmt.Println(cap(s8))
	s1 = nil
	s1 = append(s1, "hello, world, seventeen"...)
	fmt.Println(cap(s1))
	s1 = append(s1[:0:0], make([]byte, 1000)...)
	fmt.Println(cap(s1))
	s3 = append([]e3(nil), make([]e3, 11)...)
	fmt.Println(cap(s3))

	// make with a variable size that escapes: exactly the size asked.
	for _, n := range []int{0, 1, 3, 5, 33, 100} {
		s1 = make([]byte, n)
		s8 = make([]int64, n, n+1)
		fmt.Print(cap(s1), " ", cap(s8), " ")
		s1 = append(s1, 1)
		s8 = append(s8, 1, 2)
		fmt.Print(cap(s1), " ", cap(s8), "; ")
	}
	fmt.Println()
}
