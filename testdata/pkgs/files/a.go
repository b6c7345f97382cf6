package main

import "fmt"

var a = trace("a (a.go)")

func trace(s string) string {
	fmt.Println("var", s)
	return s
}

func init() { fmt.Println("init in a.go") }
