package main

import "unsafe"

func main() {
	var f float64
	var s []int
	var str string
	var p *int
	var b *byte
	_ = unsafe.Add(p, 1)
	_ = unsafe.Add(unsafe.Pointer(p), f)
	_ = unsafe.Slice(s, 1)
	_ = unsafe.Slice(p, -1)
	_ = unsafe.SliceData(str)
	_ = unsafe.String(p, 1)
	_ = unsafe.String(b, -1)
	_ = unsafe.StringData(s)
	_ = unsafe.Sizeof()
	_ = unsafe.Sizeof(nil)
}
