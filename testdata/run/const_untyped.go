package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 98
const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const Third = 1.0 / 3
const Huge = 1e300 * 1e300 / 1e300

func main() {
	fmt.Println(Small, Big/Big, Big>>90)
	fmt.Println(Pi, float32(Pi))
	fmt.Println(Third, Third*3 == 1)
	fmt.Println(Huge)
	var f float64 = 1 << 62
	fmt.Println(f)
	const typed int32 = 1 << 30
	fmt.Printf("%T %v\n", typed, typed)
	fmt.Println(7/2, 7/2.0, 7.0/2, 'a'+1, 'a'*2.0)
	fmt.Printf("%T %T %T %T\n", 1, 1.0, 'a', "s")
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	var x uint8 = 255 - 200 + 145
	fmt.Println(x)
	const mask = ^uint32(0)
	fmt.Println(mask, ^0)
}
