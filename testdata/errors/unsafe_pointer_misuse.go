package main

import "unsafe"

const c unsafe.Pointer = nil

const d = unsafe.Pointer(nil)

func main() {
	var p unsafe.Pointer = 0
	var q uintptr = p
	_ = q
	_ = p * 2
	_ = -p
	_ = p[0]
	_ = len(p)
	_ = append([]unsafe.Pointer{}, nil, p)
}
