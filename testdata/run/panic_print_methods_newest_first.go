package main

// The Error methods of pending panic values run newest first, before the
// chain is printed oldest first.

type E int

func (e E) Error() string {
	println("Error", int(e))
	return "e" + string(rune('0'+e))
}

type S string

func (s S) String() string {
	println("String", string(s))
	return "s:" + string(s)
}

func main() {
	defer func() { panic(E(3)) }()
	defer func() { panic(S("two")) }()
	defer func() { panic(E(1)) }()
	panic("first")
}
