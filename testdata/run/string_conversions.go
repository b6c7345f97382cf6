package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	fmt.Println(len(b), b)
	b[0] = 'H'
	fmt.Println(string(b), s)
	r := []rune(s)
	fmt.Println(len(r), r)
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	var bs []byte
	fmt.Println(string(bs) == "", len(string(bs)))
	bad := []rune("a\xffb")
	fmt.Println(bad)
	fmt.Println(string([]rune{0x65e5, 0x672c}))
	fmt.Println(string([]byte{104, 105}))
	x := 'x'
	fmt.Println(x, string(x))
}
