package main

import "fmt"

func main() {
	fmt.Println("panic(nil) becomes a *runtime.PanicNilError")
	panic(nil)
}
