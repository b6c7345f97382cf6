package main

import (
	"fmt"
	"unsafe"
)

type Point struct {
	X, Y int32
	Tag  string
}

type Header struct {
	Data unsafe.Pointer
	Len  int
	Cap  int
}

func main() {
	// Pointer arithmetic with unsafe.Add.
	arr := [5]int64{10, 20, 30, 40, 50}
	p := unsafe.Pointer(&arr[0])
	for i := 0; i < 5; i++ {
		q := (*int64)(unsafe.Add(p, i*8))
		fmt.Print(*q, " ")
	}
	fmt.Println()
	last := (*int64)(unsafe.Add(unsafe.Pointer(&arr[4]), -16))
	fmt.Println("back two:", *last)
	var n8 int8 = 3
	var u16 uint16 = 1
	fmt.Println("typed lengths:", *(*int64)(unsafe.Add(p, int(n8)*8)), *(*int64)(unsafe.Add(p, u16*8)))

	// The same through uintptr, in one expression (the Go rule).
	pt := &Point{X: 1, Y: 2, Tag: "pt"}
	py := (*int32)(unsafe.Pointer(uintptr(unsafe.Pointer(pt)) + unsafe.Offsetof(pt.Y)))
	*py = 42
	ptag := (*string)(unsafe.Pointer(uintptr(unsafe.Pointer(pt)) + unsafe.Offsetof(pt.Tag)))
	fmt.Println(pt.X, pt.Y, *ptag)

	// Reinterpreting memory.
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%#x\n", bits)
	var x uint32 = 0x01020304
	b := (*[4]byte)(unsafe.Pointer(&x))
	fmt.Println(b[0], b[1], b[2], b[3])

	// A slice header seen through a struct.
	s := []int{7, 8, 9}
	h := (*Header)(unsafe.Pointer(&s))
	fmt.Println(h.Len, h.Cap, *(*int)(h.Data))
	h.Len = 2
	fmt.Println(s, len(s))

	// unsafe.Pointer values: nil, comparison, map keys, interfaces.
	var np unsafe.Pointer
	fmt.Println(np == nil, p == nil, p == unsafe.Pointer(&arr[0]), p != unsafe.Pointer(&arr[1]))
	m := map[unsafe.Pointer]string{}
	m[unsafe.Pointer(&arr[0])] = "first"
	m[unsafe.Pointer(&arr[1])] = "second"
	m[nil] = "nil"
	fmt.Println(len(m), m[p], m[unsafe.Add(p, 8)], m[nil])
	var e any = p
	_, ok := e.(unsafe.Pointer)
	fmt.Println(ok, e == any(p))
	fmt.Printf("%T %v %v\n", np, np, e == nil)
	q := unsafe.Pointer(uintptr(12345))
	fmt.Println(uintptr(np), uintptr(q) == 12345)
	fmt.Printf("%v %d\n", unsafe.Pointer(uintptr(0x1000)), uintptr(q)+1)
	fmt.Printf("%p %x\n", unsafe.Pointer(uintptr(0xabc0)), unsafe.Pointer(uintptr(0xdef0)))
	fmt.Println(unsafe.Pointer(uintptr(0xc0)), np)
	println(unsafe.Pointer(uintptr(0x10)), np)
	type key struct {
		p unsafe.Pointer
		n int
	}
	mk := map[key]int{{p, 1}: 1, {nil, 2}: 2}
	fmt.Println(mk[key{p, 1}], mk[key{nil, 2}], mk[key{p, 2}])
	// uintptr arithmetic round trip, and pointer-to-pointer conversions.
	addr := uintptr(p)
	fmt.Println(*(*int64)(unsafe.Pointer(addr + 16)))
	type myInt int64
	mp := (*myInt)(unsafe.Pointer(&arr[3]))
	fmt.Println(*mp)
	pp := (**int64)(unsafe.Pointer(&last))
	fmt.Println(**pp)
}
