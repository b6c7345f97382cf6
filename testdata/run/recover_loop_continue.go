package main

import "fmt"

func step(i int) {
	if i%3 == 0 {
		panic(i)
	}
	fmt.Println("step", i, "ok")
}

func main() {
	failures := 0
	for i := 0; i < 10; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					failures++
					fmt.Println("step", r, "panicked")
				}
			}()
			step(i)
		}()
	}
	fmt.Println("failures:", failures)
}
