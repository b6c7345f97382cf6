package main

import "fmt"

type Celsius float64

func show(s fmt.Stringer) { println(s.String()) }

func main() {
	show(Celsius(3))
}
