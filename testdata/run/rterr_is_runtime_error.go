package main

import (
	"errors"
	"fmt"
	"runtime"
)

func classify(f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case runtime.Error:
			fmt.Println("runtime.Error:", v.Error())
		case error:
			fmt.Println("error:", v)
		case string:
			fmt.Println("string:", v)
		default:
			fmt.Printf("other %T: %v\n", v, v)
		}
	}()
	f()
}

func main() {
	var s []int
	zero := 0
	classify(func() { _ = s[1] })
	classify(func() { _ = 1 / zero })
	classify(func() { panic(errors.New("plain error")) })
	classify(func() { panic("plain string") })
	classify(func() { panic(3) })
	classify(func() {})
}
