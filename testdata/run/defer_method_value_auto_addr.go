package main

import "fmt"

type T struct{ v int }

func (t *T) Inc()      { t.v++ }
func (t *T) Show()     { fmt.Println("ptr show", t.v) }
func (t T) ShowValue() { fmt.Println("value show", t.v) }

func run() {
	arr := [2]T{{1}, {10}}
	i := 0
	defer arr[i].Show()      // &arr[0] taken now
	defer arr[i].ShowValue() // arr[0] copied now
	i = 1
	arr[0].Inc()
	arr[0].Inc()
	fmt.Println("body", arr[0].v, arr[1].v)
}

func main() {
	run()
}
