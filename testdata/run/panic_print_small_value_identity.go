package main

// gc boxes a byte, a bool or an integer below 256 without allocating
// (runtime.staticuint64s), and an integer constant as one read-only copy
// per conversion: the same value panicked again from the same place is
// the same interface value, which the panic report prints once.

func thrower(n int) {
	defer func() { panic(recover()) }()
	panic(n % 7)
}

func again() {
	defer func() {
		recover()
		thrower(200)
	}()
	thrower(100)
}

func main() {
	defer func() {
		recover()
		again()
	}()
	defer func() {
		recover()
		panic(155)
	}()
	panic(155)
}
