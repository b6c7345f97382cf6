package main

import (
	"fmt"
	"unsafe"
)

type holder struct {
	p unsafe.Pointer
	n int
}

type P unsafe.Pointer

func kind(x any) string {
	switch v := x.(type) {
	case unsafe.Pointer:
		return fmt.Sprint("unsafe.Pointer ", v == nil)
	case P:
		return "P"
	case uintptr:
		return "uintptr"
	}
	return "other"
}

func main() {
	p := unsafe.Pointer(uintptr(0x1234))
	var np unsafe.Pointer
	fmt.Println(holder{nil, 1}, holder{p, 2})
	fmt.Printf("%v %+v %d %x %X %p %s|\n", p, holder{p, 3}, p, p, p, p, p)
	fmt.Printf("%v %d %p|\n", np, np, np)
	fmt.Printf("%#v %#v %T\n", p, np, P(p))
	fmt.Println(kind(p), kind(np), kind(P(p)), kind(uintptr(p)))
	arr := []unsafe.Pointer{p, nil}
	fmt.Println(arr, len(arr))
	m := map[P]int{P(p): 1}
	fmt.Println(m[P(p)], m[nil])
	var i any = P(nil)
	fmt.Println(i == nil, i == any(P(nil)))
	fmt.Println(fmt.Sprint(p) == fmt.Sprintf("%p", p))
}
