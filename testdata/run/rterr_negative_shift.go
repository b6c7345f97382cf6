package main

import (
	"fmt"
	"runtime"
)

func shl(x int, s int) (r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = e.(runtime.Error)
		}
	}()
	return x << s, nil
}

func shr(x uint8, s int8) (r uint8, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = e.(runtime.Error)
		}
	}()
	return x >> s, nil
}

func main() {
	fmt.Println(shl(1, 3))
	fmt.Println(shl(1, -3))
	fmt.Println(shl(1, 200))
	fmt.Println(shr(128, 2))
	fmt.Println(shr(128, -1))
}
