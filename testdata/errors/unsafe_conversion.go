package main

import "unsafe"

type T struct{ a int }

func main() {
	var f float64
	var i int
	var p *int
	var up unsafe.Pointer
	var u uintptr
	_ = unsafe.Pointer(f)
	_ = unsafe.Pointer(i)
	_ = float64(up)
	_ = int32(up)
	_ = (*int)(up)
	_ = uintptr(up)
	_ = unsafe.Pointer(p)
	_ = unsafe.Pointer(u)
	_ = up < up
	_ = unsafe.Pointer(0)
	var s string = up
	_ = s
	_ = T(up)
	var q *T = up
	_ = q
}
