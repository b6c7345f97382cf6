package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		fmt.Println("recover during Goexit:", recover())
	}()
	runtime.Goexit()
}
