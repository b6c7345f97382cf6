package main

import (
	"fmt"
	"unsafe"
)

// Objects reachable only through unsafe.Pointer words (struct fields,
// slice elements, map keys and values, interface values) stay alive across
// collections.

type node struct {
	next unsafe.Pointer // *node
	val  int
	buf  []byte
}

type box struct {
	n    int
	data unsafe.Pointer // *[64]int
}

func build(n int) unsafe.Pointer {
	var head unsafe.Pointer
	for i := 0; i < n; i++ {
		nd := &node{next: head, val: i, buf: make([]byte, 100)}
		nd.buf[99] = byte(i)
		head = unsafe.Pointer(nd)
	}
	return head
}

func main() {
	head := build(2000)
	ptrs := make([]unsafe.Pointer, 0)
	m := map[unsafe.Pointer]unsafe.Pointer{}
	var ifaces []any
	for i := 0; i < 500; i++ {
		a := new([64]int)
		a[63] = i
		ptrs = append(ptrs, unsafe.Pointer(a))
		k := new(int)
		*k = i
		m[unsafe.Pointer(k)] = unsafe.Pointer(&box{n: i, data: unsafe.Pointer(a)})
		ifaces = append(ifaces, unsafe.Pointer(&box{n: -i}))
		// Garbage in between.
		_ = make([]int, 200)
	}
	sum, bufs := 0, 0
	for p := head; p != nil; p = (*node)(p).next {
		nd := (*node)(p)
		sum += nd.val
		bufs += int(nd.buf[99])
	}
	fmt.Println("list:", sum, bufs)
	total := 0
	for _, p := range ptrs {
		total += (*[64]int)(p)[63]
	}
	fmt.Println("slice:", total)
	keys, vals := 0, 0
	for k, v := range m {
		keys += *(*int)(k)
		b := (*box)(v)
		vals += b.n + (*[64]int)(b.data)[63]
	}
	fmt.Println("map:", len(m), keys, vals)
	neg := 0
	for _, x := range ifaces {
		neg += (*box)(x.(unsafe.Pointer)).n
	}
	fmt.Println("ifaces:", neg)
	// Through unsafe.Add and unsafe.Slice into a live array.
	arr := new([100]int64)
	for i := range arr {
		arr[i] = int64(i * i)
	}
	s := unsafe.Slice((*int64)(unsafe.Add(unsafe.Pointer(arr), 8*10)), 5)
	for i := 0; i < 1000; i++ {
		_ = make([]byte, 512)
	}
	fmt.Println("slice view:", s)
}
