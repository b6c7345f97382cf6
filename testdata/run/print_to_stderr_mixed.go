package main

import "fmt"

func main() {
	fmt.Println("stdout line 1")
	println("stderr line 1")
	fmt.Print("stdout line 2\n")
	print("stderr line 2\n")
	for i := 0; i < 3; i++ {
		println("err", i)
		fmt.Println("out", i)
	}
}
