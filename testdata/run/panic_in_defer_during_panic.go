package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("second defer panics while the first panic runs")
		panic("second")
	}()
	defer fmt.Println("first defer runs")
	panic("first")
}
