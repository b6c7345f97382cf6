package main

import "unsafe"

type P unsafe.Pointer

type S struct {
	a byte
	b [3]T
}

type T struct{ x, y int32 }

const sz = unsafe.Sizeof(S{})

var arr [sz]int

func main() {
	var up unsafe.Pointer
	var i int
	_ = *up
	_ = unsafe.Sizeof(int)
	_ = P(&i)
	_ = (*int)(P(&i))
	_ = up + 1
	_ = unsafe.Pointer(nil) == nil
	var m map[unsafe.Pointer]int
	_ = m
	switch up {
	case nil:
	}
	_ = unsafe.Alignof(S{}.b)
	_ = unsafe.Offsetof(S{}.b)
	up.x = 1
	_ = uintptr(up) + unsafe.Sizeof(i) + 1.5
}
