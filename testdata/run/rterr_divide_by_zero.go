package main

import (
	"fmt"
	"runtime"
)

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(runtime.Error)
		}
	}()
	return a / b, nil
}

func mod8(a, b int8) (r int8, msg string) {
	defer func() {
		if e := recover(); e != nil {
			msg = e.(error).Error()
		}
	}()
	return a % b, "ok"
}

func main() {
	fmt.Println(div(7, 2))
	fmt.Println(div(7, 0))
	fmt.Println(mod8(7, 3))
	fmt.Println(mod8(7, 0))
	var u uint32
	func() {
		defer func() { fmt.Println(recover()) }()
		fmt.Println(100 / u)
	}()
}
