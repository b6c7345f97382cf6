package main

// An Error method on a nil pointer receiver that dereferences it while the
// runtime prints the panic value: a fatal error naming runtime.errorString,
// with the signal line.

type E struct{ s string }

func (e *E) Error() string { return e.s }

func main() {
	defer println("deferred runs first")
	var e *E
	panic(e)
}
