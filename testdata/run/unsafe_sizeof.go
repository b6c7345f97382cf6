package main

import (
	"fmt"
	"unsafe"
)

type Small struct {
	a bool
	b int64
	c bool
}

type Packed struct {
	a, b bool
	c    int16
	d    int32
	e    int64
}

type Inner struct {
	x int8
	y int32
}

type Outer struct {
	flag bool
	Inner
	z     float64
	name  string
	arr   [3]int16
	empty struct{}
}

type Deep struct {
	n int8
	Outer
}

type EndsEmpty struct {
	a int32
	e struct{}
}

type Iface interface{ M() }

type Named int16

func main() {
	var b bool
	var i8 int8
	var i16 int16
	var i32 int32
	var i64 int64
	var i int
	var u uint
	var up uintptr
	var f32 float32
	var f64 float64
	var c64 complex64
	var c128 complex128
	var s string
	var p *int
	var sl []byte
	var m map[string]int
	var ch chan int
	var fn func()
	var e any
	var it Iface
	var ptr unsafe.Pointer
	var n Named
	fmt.Println("bool", unsafe.Sizeof(b), unsafe.Alignof(b))
	fmt.Println("int8", unsafe.Sizeof(i8), unsafe.Alignof(i8))
	fmt.Println("int16", unsafe.Sizeof(i16), unsafe.Alignof(i16))
	fmt.Println("int32", unsafe.Sizeof(i32), unsafe.Alignof(i32))
	fmt.Println("int64", unsafe.Sizeof(i64), unsafe.Alignof(i64))
	fmt.Println("int", unsafe.Sizeof(i), unsafe.Alignof(i))
	fmt.Println("uint", unsafe.Sizeof(u), unsafe.Alignof(u))
	fmt.Println("uintptr", unsafe.Sizeof(up), unsafe.Alignof(up))
	fmt.Println("float32", unsafe.Sizeof(f32), unsafe.Alignof(f32))
	fmt.Println("float64", unsafe.Sizeof(f64), unsafe.Alignof(f64))
	fmt.Println("complex64", unsafe.Sizeof(c64), unsafe.Alignof(c64))
	fmt.Println("complex128", unsafe.Sizeof(c128), unsafe.Alignof(c128))
	fmt.Println("string", unsafe.Sizeof(s), unsafe.Alignof(s))
	fmt.Println("pointer", unsafe.Sizeof(p), unsafe.Alignof(p))
	fmt.Println("slice", unsafe.Sizeof(sl), unsafe.Alignof(sl))
	fmt.Println("map", unsafe.Sizeof(m), unsafe.Alignof(m))
	fmt.Println("chan", unsafe.Sizeof(ch), unsafe.Alignof(ch))
	fmt.Println("func", unsafe.Sizeof(fn), unsafe.Alignof(fn))
	fmt.Println("any", unsafe.Sizeof(e), unsafe.Alignof(e))
	fmt.Println("iface", unsafe.Sizeof(it), unsafe.Alignof(it))
	fmt.Println("unsafe.Pointer", unsafe.Sizeof(ptr), unsafe.Alignof(ptr))
	fmt.Println("Named", unsafe.Sizeof(n), unsafe.Alignof(n))
	fmt.Println("[5]int32", unsafe.Sizeof([5]int32{}), unsafe.Alignof([5]int32{}))
	fmt.Println("[0]int64", unsafe.Sizeof([0]int64{}), unsafe.Alignof([0]int64{}))
	fmt.Println("struct{}", unsafe.Sizeof(struct{}{}), unsafe.Alignof(struct{}{}))
	fmt.Println("untyped consts", unsafe.Sizeof(1), unsafe.Sizeof(1.5), unsafe.Sizeof('x'), unsafe.Sizeof("hello"), unsafe.Sizeof(1i), unsafe.Sizeof(true))

	var sm Small
	fmt.Println("Small", unsafe.Sizeof(sm), unsafe.Alignof(sm), unsafe.Offsetof(sm.a), unsafe.Offsetof(sm.b), unsafe.Offsetof(sm.c))
	var pk Packed
	fmt.Println("Packed", unsafe.Sizeof(pk), unsafe.Offsetof(pk.b), unsafe.Offsetof(pk.c), unsafe.Offsetof(pk.d), unsafe.Offsetof(pk.e))
	var o Outer
	fmt.Println("Outer", unsafe.Sizeof(o), unsafe.Alignof(o))
	fmt.Println("Outer fields", unsafe.Offsetof(o.flag), unsafe.Offsetof(o.Inner), unsafe.Offsetof(o.x), unsafe.Offsetof(o.y), unsafe.Offsetof(o.z), unsafe.Offsetof(o.name), unsafe.Offsetof(o.arr), unsafe.Offsetof(o.empty))
	fmt.Println("Outer.Inner.y", unsafe.Offsetof(o.Inner.y))
	var d Deep
	fmt.Println("Deep", unsafe.Sizeof(d), unsafe.Offsetof(d.Outer), unsafe.Offsetof(d.y), unsafe.Offsetof(d.name))
	pd := &d
	fmt.Println("Deep via pointer", unsafe.Offsetof(pd.z), unsafe.Alignof(pd.z), unsafe.Sizeof(*pd))
	var ee EndsEmpty
	fmt.Println("EndsEmpty", unsafe.Sizeof(ee), unsafe.Offsetof(ee.e))
	fmt.Println("Alignof field", unsafe.Alignof(o.arr), unsafe.Alignof(sm.c), unsafe.Alignof(o.Inner))

	// Compile-time constants: usable in constant expressions and array
	// lengths.
	const size = unsafe.Sizeof(Small{})
	var arr [size]byte
	fmt.Println(len(arr), size*2)
	fmt.Printf("%T %T\n", unsafe.Sizeof(i), unsafe.Offsetof(sm.b))
	// The argument is not evaluated.
	var nilp *Small
	fmt.Println(unsafe.Sizeof(*nilp), unsafe.Offsetof(nilp.c), unsafe.Alignof(nilp.b))
}
