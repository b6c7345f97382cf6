package main

import "fmt"

type P struct{ X, Y int }
type Q struct{ X, Y int }

func main() {
	var a, b any = 1, 1
	fmt.Println(a == b, a != b)
	a, b = 1, int64(1)
	fmt.Println("different dynamic types:", a == b)
	a, b = P{1, 2}, P{1, 2}
	fmt.Println("structs:", a == b)
	a, b = P{1, 2}, Q{1, 2}
	fmt.Println("struct types differ:", a == b)
	a, b = "x", "x"
	fmt.Println("strings:", a == b)
	var e1, e2 error
	fmt.Println("nil errors:", e1 == e2, e1 == nil)
	p := &P{}
	a, b = p, p
	fmt.Println("same pointer:", a == b, a == any(&P{}))
	a = [2]int{1, 2}
	fmt.Println("array vs value:", a == [2]int{1, 2})
	fmt.Println("iface vs concrete:", a == any(3), any(3) == 3)
}
