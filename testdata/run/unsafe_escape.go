package main

import (
	"fmt"
	"unsafe"
)

// Escape analysis of package unsafe's operations (gc's rules).

//go:uintptrescapes
func keep(a uintptr) {
	last = a
}

//go:uintptrescapes
func keepAll(a ...uintptr) {
	for _, x := range a {
		last += x & 0
	}
}

var last uintptr

func toUintptr(p *int) uintptr { return uintptr(unsafe.Pointer(p)) }

func offset(p *int) unsafe.Pointer { return unsafe.Pointer(uintptr(unsafe.Pointer(p)) + 8) }

func roundTrip(p *int) unsafe.Pointer {
	x := uintptr(unsafe.Pointer(p))
	return unsafe.Pointer(x)
}

func add(p *int) unsafe.Pointer { return unsafe.Add(unsafe.Pointer(p), 8) }

func slice(p *int) []int { return unsafe.Slice(p, 2) }

func strData(s string) *byte { return unsafe.StringData(s) }

func sliceData(s []int) *int { return unsafe.SliceData(s) }

func str(b *byte) string { return unsafe.String(b, 3) }

func masked(p *int) *int {
	return (*int)(unsafe.Pointer(uintptr(unsafe.Pointer(p)) &^ 7 << 1 >> 1))
}

func convert(p *float64) *uint64 { return (*uint64)(unsafe.Pointer(p)) }

func main() {
	var t int
	keep(uintptr(unsafe.Pointer(&t)))
	var u int
	keepAll(1, uintptr(unsafe.Pointer(&u)))
	arr := [3]int{1, 2, 3}
	fmt.Println(toUintptr(&arr[0]) != 0, *(*int)(offset(&arr[0])), *(*int)(roundTrip(&arr[1])))
	fmt.Println(*(*int)(add(&arr[1])), slice(&arr[1]), *sliceData(arr[:]))
	b := []byte("abcdef")
	fmt.Println(str(&b[1]), string(*strData("xyz")), *masked(&arr[2]))
	f := 2.0
	fmt.Printf("%#x\n", *convert(&f))
}
