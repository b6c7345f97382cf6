package main

import "fmt"

func run(mask int) {
	if mask&1 != 0 {
		defer fmt.Println("  bit 0")
	}
	if mask&2 != 0 {
		defer fmt.Println("  bit 1")
	}
	if mask&4 != 0 {
		defer fmt.Println("  bit 2")
	} else {
		defer fmt.Println("  no bit 2")
	}
	fmt.Println("run", mask)
}

func main() {
	for m := 0; m < 8; m++ {
		run(m)
	}
}
