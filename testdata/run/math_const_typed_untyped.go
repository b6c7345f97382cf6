package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const big = 1 << 62
const huge = big * 4 // untyped: fine as long as it is not materialized
const third = 1.0 / 3
const typedF float32 = 1.0 / 3

func main() {
	fmt.Println(huge/big, big>>60)
	fmt.Println(third, typedF, float64(typedF) == third)
	var f float64 = 1 << 3 // untyped int constant converted
	var i = 7 / 2          // integer division of untyped ints
	var g = 7 / 2.0        // float division
	fmt.Println(f, i, g)
	fmt.Printf("%T %T %T %T\n", i, g, 'a', Monday)
	d := Tuesday
	d++
	fmt.Println(d, d > Monday, Weekday(0) == Sunday)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	var b byte = 'z' - c + 'a'
	fmt.Println(b)
	const s = "con" + "st"
	fmt.Println(len(s), s[1])
	x := 10
	fmt.Println(x/3*3.0 == 9, 1e3 == 1000)
}
