// Capacities of slices grown by append, as gc lays them out: a slice that
// does not escape gets a 32-byte frame buffer on its first growth from
// empty when optimizing (cap 4 for []int, 32 for []byte), and heap growth
// otherwise; under -N gc gives no frame buffer (X.stdout-N).
package main

import "fmt"

type pair struct{ a, b int64 }

type big struct{ a, b, c, d, e int }

type holder struct{ s []int }

var keep *holder

//go:noinline
func ints(n int) {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println("| ints", len(s))
}

//go:noinline
func bytes(n int) {
	var b []byte
	for i := 0; i < n; i++ {
		b = append(b, byte('a'+i%26))
	}
	fmt.Println("bytes", len(b), cap(b), string(b[:3]))
}

//go:noinline
func pairs(n int) {
	var p []pair
	for i := 0; i < n; i++ {
		p = append(p, pair{int64(i), int64(-i)})
		fmt.Print(cap(p), " ")
	}
	fmt.Println("| pairs")
}

//go:noinline
func bigs() {
	// Elements over 32 bytes never use the frame buffer.
	var b []big
	b = append(b, big{a: 1})
	fmt.Println("bigs", cap(b))
}

//go:noinline
func strs() {
	var s []string
	s = append(s, "x")
	s = append(s, "y", "z")
	fmt.Println("strs", len(s), cap(s), s[0]+s[1]+s[2])
}

//go:noinline
func many() {
	// Five at once does not fit the four-int buffer: growslice.
	var s []int
	s = append(s, 1, 2, 3, 4, 5)
	fmt.Println("many", cap(s))
	s = append(s[:0], 9)
	fmt.Println("reslice", cap(s), s[0])
}

//go:noinline
func reset() {
	// The buffer serves one growth per call: after s = nil, the heap.
	var s []int
	s = append(s, 1)
	fmt.Println("first", cap(s))
	s = nil
	s = append(s, 2)
	fmt.Println("again", cap(s))
}

//go:noinline
func loop() {
	// A fresh variable per iteration, one buffer per call (gc's `used`
	// flag is set at function entry).
	for i := 0; i < 3; i++ {
		var s []int
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println("| loop")
}

//go:noinline
func operand() {
	x := append([]int(nil), 7)
	y := append([]byte(nil), "hello"...)
	fmt.Println("operand", cap(x), cap(y))
}

//go:noinline
func fromMake(n int) {
	x := make([]int, 0)
	for i := 0; i < n; i++ {
		x = append(x, i)
		fmt.Print(cap(x), " ")
	}
	fmt.Println("| make0")
}

//go:noinline
func field() {
	// A slice in a heap object escapes: gc's growslice sequence.
	keep = &holder{}
	for i := 0; i < 10; i++ {
		keep.s = append(keep.s, i)
		fmt.Print(cap(keep.s), " ")
	}
	fmt.Println("| field")
}

//go:noinline
func viaPointer() {
	var s []int
	p := &s
	for i := 0; i < 6; i++ {
		*p = append(*p, i)
		fmt.Print(cap(*p), " ")
	}
	fmt.Println("| pointer")
}

func main() {
	ints(10)
	bytes(40)
	pairs(5)
	bigs()
	strs()
	many()
	reset()
	loop()
	operand()
	fromMake(6)
	field()
	viaPointer()
}
