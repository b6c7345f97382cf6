package main

import (
	"fmt"
	"strings"
)

type Writer interface{ Write(s string) }

type Console struct{}

func (Console) Write(s string) { fmt.Println("console:", s) }

type Upper struct {
	Writer // embedded interface: its methods are promoted
}

func (u Upper) Write(s string) { u.Writer.Write(strings.ToUpper(s)) }

type Counting struct {
	Writer
	n int
}

func main() {
	var w Writer = Upper{Console{}}
	w.Write("hello")
	c := &Counting{Writer: w}
	c.Write("via promoted method")
	c.n++
	fmt.Println(c.n)
}
