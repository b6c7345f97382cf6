// Capacities of string conversions: a constant string converts to exactly
// its length (bytes or runes), escaping or not; another string gets gc's
// 32-element frame buffer when the result does not escape, else a heap
// copy with the size-class capacity.
package main

import "fmt"

var keepB []byte
var keepR []rune

//go:noinline
func constants() {
	b := []byte("héllo")
	r := []rune("héllo")
	e := []byte("")
	b[0] = 'H'
	r[0] = 'H'
	fmt.Println(len(b), cap(b), len(r), cap(r), len(e), cap(e), e == nil, string(b), string(r))
	keepB = []byte("héllo, world")
	keepR = []rune("héllo, world")
	fmt.Println(len(keepB), cap(keepB), len(keepR), cap(keepR))
}

//go:noinline
func variables(s string) {
	b := []byte(s)
	b[0] = 'X'
	r := []rune(s)
	r[0] = 'Y'
	fmt.Println(len(b), cap(b), len(r), cap(r), string(b), string(r))
	keepB = []byte(s)
	keepR = []rune(s)
	fmt.Println(len(keepB), cap(keepB), len(keepR), cap(keepR))
}

//go:noinline
func long(s string) {
	b := []byte(s)
	b[0] = '!'
	r := []rune(s)
	r[0] = '!'
	fmt.Println(len(b), cap(b), len(r), cap(r))
}

func main() {
	constants()
	variables("héllo")
	variables("a")
	long("this string is longer than thirty-two bytes, so it goes to the heap")
	invalid := []rune("a\xffb\xe2\x82c")
	fmt.Println(len(invalid), cap(invalid), invalid)
}
