package main

import (
	"fmt"
	u "unsafe"
)

type T struct {
	a int8
	b int64
}

func main() {
	var p *int
	var b *byte
	var x T
	u.Sizeof(x)
	_ = u.Slice(p, 1<<63)
	_ = u.String(b, 1.5)
	_ = u.Sizeof
	f := u.Alignof
	_ = f
	const c = u.Sizeof(x) + u.Offsetof(x.b)
	var arr [c]int
	fmt.Println(arr, u.Sizeof(1, 2), u.Add(p, 1, 2))
	_ = u.Foo
	u.Add(u.Pointer(p), 1)
	var up u.Pointer = p
	_ = u.Slice(nil, 0)
}
