package main

import (
	"fmt"
	"unsafe"
)

type pair struct{ a, b int32 }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println(name, "panic:", err.Error())
			_, isRT := r.(interface{ RuntimeError() })
			fmt.Println("  runtime error:", isRT)
			return
		}
		fmt.Println(name, "ok")
	}()
	f()
}

func main() {
	arr := [6]int{1, 2, 3, 4, 5, 6}
	s := unsafe.Slice(&arr[1], 3)
	fmt.Println(s, len(s), cap(s))
	s[0] = 20
	fmt.Println(arr)
	var n64 int64 = 2
	var u8 uint8 = 4
	fmt.Println(unsafe.Slice(&arr[0], n64), unsafe.Slice(&arr[2], u8))

	// SliceData returns the pointer to the underlying array.
	sd := unsafe.SliceData(s)
	fmt.Println(*sd, sd == &arr[1])
	var nilSlice []int
	fmt.Println(unsafe.SliceData(nilSlice) == nil)
	empty := make([]int, 0, 4)
	fmt.Println(unsafe.SliceData(empty) != nil)

	// Strings.
	bs := []byte("hello, world")
	str := unsafe.String(&bs[0], 5)
	fmt.Println(str, len(str))
	str2 := unsafe.String(unsafe.SliceData(bs[7:]), uint(5))
	fmt.Println(str2)
	lit := "constant string"
	data := unsafe.StringData(lit)
	fmt.Println(string(*data), string(unsafe.Slice(data, 8)))
	fmt.Println(unsafe.StringData("") == nil || true)

	// Zero-size elements.
	var z [3]struct{}
	zs := unsafe.Slice(&z[0], 100)
	fmt.Println(len(zs), cap(zs))
	ps := []pair{{1, 2}, {3, 4}}
	words := unsafe.Slice((*int32)(unsafe.Pointer(&ps[0])), 4)
	fmt.Println(words)

	// nil with length 0 is a nil slice / empty string.
	var np *int
	ns := unsafe.Slice(np, 0)
	fmt.Println(ns == nil, len(ns))
	var nb *byte
	fmt.Println(unsafe.String(nb, 0) == "")

	// The run-time checks.
	var neg = -1
	var big = 1 << 62
	var one = 1
	var zp *struct{}
	var bigU uint64 = 1 << 63
	try("Slice negative", func() { _ = unsafe.Slice(&arr[0], neg) })
	try("Slice nil", func() { _ = unsafe.Slice(np, one) })
	try("Slice too long", func() { _ = unsafe.Slice(&arr[0], big) })
	try("Slice nil too long", func() { _ = unsafe.Slice(np, big) })
	try("Slice zero-size nil", func() { _ = unsafe.Slice(zp, one) })
	try("Slice zero-size huge", func() { _ = unsafe.Slice(&z[0], big) })
	try("Slice uint64", func() { _ = unsafe.Slice(&arr[0], bigU) })
	try("String negative", func() { _ = unsafe.String(&bs[0], neg) })
	try("String nil", func() { _ = unsafe.String(nb, one) })
	try("String too long", func() { _ = unsafe.String(&bs[0], uint64(bigU-1)) })
	try("String fine", func() { _ = unsafe.String(&bs[0], 3) })
}
