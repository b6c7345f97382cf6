package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		fmt.Println("recover during Goexit returns", recover())
	}()
	defer runtime.Goexit()
	panic("aborted by Goexit")
}
