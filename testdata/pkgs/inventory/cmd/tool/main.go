package main

import (
	"fmt"
	"os"

	"example.com/inventory/util"
)

func main() {
	fmt.Println(util.Title("tool"), len(os.Args))
	os.Exit(3)
}
