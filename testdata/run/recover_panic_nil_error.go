package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T\n", r)
		err, ok := r.(error)
		fmt.Println(ok, err.Error())
		_, isRT := r.(runtime.Error)
		fmt.Println("runtime.Error:", isRT)
		pn, ok := r.(*runtime.PanicNilError)
		fmt.Println(ok, pn.Error())
	}()
	panic(nil)
}
