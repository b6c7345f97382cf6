package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	val  int
	next *Node
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, ok := r.(runtime.Error)
		fmt.Println(name+":", ok, r)
	}()
	f()
}

func main() {
	var p *int
	var n *Node
	var arr *[4]int
	try("load", func() { _ = *p })
	try("store", func() { *p = 1 })
	try("field", func() { fmt.Println(n.val) })
	try("chain", func() { l := &Node{1, nil}; fmt.Println(l.next.val) })
	try("array ptr index", func() { _ = arr[2] })
	try("method on nil", func() { n.Get() })
}

func (n *Node) Get() int { return n.val }
