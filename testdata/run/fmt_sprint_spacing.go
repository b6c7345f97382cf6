package main

import "fmt"

type S struct{ a int }

func main() {
	// Sprint adds spaces between operands when neither is a string.
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", 1, "y"))
	fmt.Println(fmt.Sprint(S{1}, S{2}, "z", nil, nil))
	fmt.Println(fmt.Sprintln("a", "b", 1) + "|")
	fmt.Print("p", 1, 2, "q\n")
	fmt.Print(1, "\n")
	n, err := fmt.Println("returns", "count")
	fmt.Println(n, err)
	s := fmt.Sprintf("%d-%s", 5, "five")
	fmt.Println(s, len(s))
}
