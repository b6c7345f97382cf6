package main

import (
	"fmt"
	"unsafe"
)

func show(s []int, p unsafe.Pointer, str string) {
	fmt.Println(s, *(*int)(p), str)
}

func main() {
	arr := [4]int{1, 2, 3, 4}
	b := []byte("golang")
	defer show(unsafe.Slice(&arr[1], 2), unsafe.Add(unsafe.Pointer(&arr[0]), 24), unsafe.String(&b[2], 4))
	done := make(chan bool)
	go func(p unsafe.Pointer) {
		fmt.Println(*(*int)(p))
		done <- true
	}(unsafe.Pointer(uintptr(unsafe.Pointer(&arr[0])) + 8))
	<-done
	arr[1] = 20
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var np *int
	n := 2
	defer show(unsafe.Slice(np, n), nil, "")
}
