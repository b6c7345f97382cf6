package main

import "fmt"

type ID int
type Name string
type Grid [2][2]int
type Op func(int) int

func (i ID) Next() ID        { return i + 1 }
func (n Name) Greet() string { return "hi " + string(n) }

func main() {
	var id ID = 41
	fmt.Println(id.Next(), int(id)+1)
	fmt.Printf("%T %v\n", id, id)
	n := Name("gopher")
	fmt.Println(n.Greet(), len(n))
	fmt.Printf("%T %q\n", n, n)
	var g Grid
	g[1][0] = 5
	fmt.Printf("%T %v\n", g, g)
	var double Op = func(x int) int { return 2 * x }
	fmt.Println(double(21))
	type Local struct{ A int }
	fmt.Printf("%T %v %+v\n", Local{3}, Local{3}, Local{3})
}
