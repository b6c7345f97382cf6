package main

import "fmt"

type T struct{ x int }

func (t T) Val() int  { return t.x }
func (t *T) Ptr() int { return t.x }

func main() {
	v := T{1}
	val := v.Val // receiver copied now
	ptr := v.Ptr // &v taken now
	v.x = 2
	fmt.Println(val(), ptr(), v.Val())
	p := &T{10}
	pv := p.Val // *p copied now
	p.x = 20
	fmt.Println(pv(), p.Val())
	fs := []func() int{}
	for _, t := range []T{{100}, {200}} {
		fs = append(fs, t.Val)
	}
	for _, f := range fs {
		fmt.Println(f())
	}
}
