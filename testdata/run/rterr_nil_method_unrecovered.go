package main

import "fmt"

type T struct{ x int }

func (t *T) X() int { return t.x }

func main() {
	var t *T
	defer fmt.Println("deferred before the crash report")
	fmt.Println(t.X())
}
