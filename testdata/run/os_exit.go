package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("before exit")
	println("to stderr")
	os.Exit(3)
	fmt.Println("never printed")
}
