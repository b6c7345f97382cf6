package main

type I interface{ M() }

type A struct{}

func (*A) M() {}

func main() {
	var i I = &A{}
	switch i.(type) {
	case *A:
	case A:
	}
}
