package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	for _, a := range os.Args[1:] {
		fmt.Println(a)
	}
}
