package main

import "fmt"

type Pt struct{ X, Y int }

func main() {
	vals := []any{
		int8(-8), int16(16), int32(32), int64(64), uint(1), uint8(255), uint16(65535),
		uint32(1 << 31), uint64(1 << 63), uintptr(9), 1.5, float32(2.25), "str",
		true, 'x', byte('y'), complex(1, 2), Pt{1, 2}, &Pt{3, 4}, []string{"a"},
		[2]bool{true, false}, map[string]int{"k": 1}, nil, struct{}{},
	}
	for _, v := range vals {
		fmt.Printf("%T = %v\n", v, v)
	}
}
