package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), len(os.Args[0]) > 0)
	fmt.Printf("%q\n", os.Getenv("GOCC_SURELY_UNSET_VARIABLE_12345"))
	v, ok := os.LookupEnv("GOCC_SURELY_UNSET_VARIABLE_12345")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Getenv("PATH") != "")
}
