package main

import "fmt"

func work(mask int) {
	if mask&1 != 0 {
		defer fmt.Println("  defer A")
	}
	if mask&2 != 0 {
		defer fmt.Println("  defer B")
	}
	if mask&4 != 0 {
		panic(fmt.Sprint("mask ", mask))
	}
	if mask&8 != 0 {
		defer fmt.Println("  defer C (after the panic point)")
	}
	fmt.Println("  no panic")
}

func try(mask int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  recovered:", r)
		}
	}()
	fmt.Println("mask", mask)
	work(mask)
}

func main() {
	for _, m := range []int{0, 1, 3, 4, 5, 7, 11, 15} {
		try(m)
	}
}
