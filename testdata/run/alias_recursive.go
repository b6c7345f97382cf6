// Aliases that refer back to themselves through a defined type
// (`type A = *B; type B struct{ a A }`): the alias is still being declared
// while B's fields are, and must still denote *B there.
package main

import "fmt"

// An alias to a pointer to a struct containing the alias.
type A = *B

type B struct {
	a A
	n int
}

// A method on B whose result and receiver go through the alias.
func (b B) Next() A { return b.a }

// A method declared on the alias itself (its base type is B).
func (p A) Sum() int {
	if p == nil {
		return 0
	}
	return p.n + p.a.Sum()
}

// A linked list through the alias; the alias is declared after its use.
type List struct {
	head Link
	size int
}

type Node struct {
	val  string
	next Link
}

type Link = *Node

func (l *List) Push(v string) {
	l.head = &Node{val: v, next: l.head}
	l.size++
}

func (l *List) String() string {
	s := "["
	for n := l.head; n != nil; n = n.next {
		if n != l.head {
			s += " "
		}
		s += n.val
	}
	return s + "]"
}

// An alias of an alias, and a slice of the alias inside the struct.
type C = A

type Tree struct {
	kids []TreeRef
	name string
}

type TreeRef = *Tree

type TreeRef2 = TreeRef

func (t TreeRef2) Count() int {
	n := 1
	for _, k := range t.kids {
		n += k.Count()
	}
	return n
}

// A map and a function type through an alias inside the struct.
type Env struct {
	vars   map[string]EnvRef
	parent EnvRef
	hook   func(EnvRef) int
}

type EnvRef = *Env

func main() {
	b := &B{n: 1}
	b.a = &B{n: 2}
	b.a.a = &B{n: 3}
	fmt.Println(b.a.n, b.a.a.n, b.a.a.a == nil)
	fmt.Println(b.Next().n, b.Next().Next().n)
	fmt.Println(b.Sum(), A(nil).Sum())
	fmt.Printf("%T %T %T\n", b.a, b.Next(), A(nil))

	var c C = b
	fmt.Println(c.a.n, c.Sum())
	var p *B = c
	fmt.Println(p == b)

	var l List
	for _, w := range []string{"one", "two", "three"} {
		l.Push(w)
	}
	fmt.Println(l.String(), l.size)
	fmt.Printf("%T %T\n", l.head, l.head.next)

	t := &Tree{name: "root", kids: []TreeRef{{name: "a"}, {name: "b", kids: []*Tree{{name: "c"}}}}}
	fmt.Println(t.Count(), t.kids[1].kids[0].name)
	fmt.Printf("%T %T\n", t.kids, t.kids[0])

	root := &Env{vars: map[string]EnvRef{}}
	child := &Env{parent: root, vars: map[string]EnvRef{"up": root}}
	child.hook = func(e EnvRef) int { return len(e.vars) }
	fmt.Println(child.parent == root, child.vars["up"] == root, child.hook(child), child.hook(root))
	fmt.Printf("%T %T\n", child.vars, child.hook)
}
