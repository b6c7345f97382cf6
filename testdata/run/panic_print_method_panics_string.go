package main

// An Error method panicking with a string while the runtime prints the
// panic value: gc's fatal error quotes the string.

type E struct{ n int }

func (e E) Error() string {
	println("Error called", e.n)
	panic("bad error")
}

func main() {
	panic(E{7})
}
