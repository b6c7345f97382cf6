package main

import (
	"errors"
	"fmt"
)

type T struct{}
type I interface{ M() }
type F func(int) string
type M map[string][]int

func main() {
	var e error = errors.New("x")
	var nilIface I
	vals := []any{
		1, "s", 1.0, 'r', byte(1), T{}, &T{}, []T{}, [3]*T{}, map[int]T{}, F(nil),
		func(int, ...string) (bool, error) { return false, nil }, M{}, e, nilIface,
		struct {
			A int
			b string
		}{}, new(int), [][]float32{}, complex64(0), any(nil),
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
}
