package main

import "fmt"

type Namer interface{ Name() string }

type Base struct{ name string }

func (b Base) Name() string { return "base:" + b.name }

type PBase struct{}

func (*PBase) Name() string { return "pbase" }

type User struct {
	Base
	age int
}

type Admin struct {
	*PBase
	level int
}

func main() {
	var n Namer = User{Base{"ann"}, 30}
	fmt.Println(n.Name())
	n = &User{Base{"bob"}, 40}
	fmt.Println(n.Name())
	n = Admin{&PBase{}, 1} // *PBase embedded: value Admin has Name
	fmt.Println(n.Name())
}
