package main

import "fmt"

type Animal interface{ Sound() string }
type Named interface{ Name() string }

type Dog struct{}

func (Dog) Sound() string { return "woof" }
func (Dog) Name() string  { return "dog" }

type Fish struct{}

func (Fish) Sound() string { return "..." }

func main() {
	animals := []Animal{Dog{}, Fish{}}
	for _, a := range animals {
		if d, ok := a.(Dog); ok {
			fmt.Println("a Dog:", d.Sound())
		}
		if n, ok := a.(Named); ok {
			fmt.Println("named:", n.Name())
		} else {
			fmt.Println("not named:", a.Sound())
		}
		_, isFish := a.(Fish)
		fmt.Println("fish?", isFish)
	}
	var x any = 42
	n := x.(int)
	s, ok := x.(string)
	fmt.Printf("%d %q %v\n", n, s, ok)
}
