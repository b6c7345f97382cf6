package main

import "fmt"

type Acc struct {
	total int
}

func (a *Acc) Report(tag string) {
	fmt.Println(tag, a.total)
}

func (a *Acc) Add(n int) {
	a.total += n
}

func run() {
	var a Acc
	// &a is taken at the defer; the method sees later changes.
	defer a.Report("pointer receiver via addressable value:")
	p := &a
	defer p.Report("pointer receiver via pointer:")
	defer a.Add(100)
	a.Add(5)
	a.Add(7)
	fmt.Println("body:", a.total)
}

func main() {
	run()
}
