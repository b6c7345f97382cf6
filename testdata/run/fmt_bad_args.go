package main

import "fmt"

type E struct{}

func (E) Error() string { panic("Error method panics") }

type N struct{}

func (*N) String() string { return "nil-safe? no" }

func main() {
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%s %s\n", "a", "b", "c", 4)
	fmt.Printf("%.f|%.0f|%.e\n", 2.5, 3.5, 12345.678)
	fmt.Printf("%t %t\n", 1, "true")
	fmt.Printf("%[3]d %[0]d %[x]d\n", 1, 2)
	fmt.Printf("%v\n", E{})
	var n *N
	fmt.Printf("%s|%v\n", n, n)
	fmt.Println(fmt.Sprintf("%-010d|%+.3d|% 05d", 42, 7, -3))
}
