package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

type Flag uint8

const (
	FlagA Flag = 1 << iota
	FlagB
	FlagC
	FlagD
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Printf("%T\n", Thursday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagC)
	fmt.Printf("%T %08b\n", FlagD, FlagA|FlagB|FlagD)
}
