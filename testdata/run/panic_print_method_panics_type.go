package main

// Error and String methods of several pending panic values: gc calls them
// newest first before printing anything; the first one that panics with a
// value that is not a string is reported by its type.

type E int

func (e E) Error() string {
	println("Error", int(e))
	panic("bad error")
}

type S int

func (s S) String() string {
	println("String", int(s))
	panic(42)
}

func main() {
	defer func() { panic(S(2)) }()
	defer func() { panic(E(1)) }()
	panic("first")
}
