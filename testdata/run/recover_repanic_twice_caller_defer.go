package main

// A function whose deferred calls re-panic the recovered value twice,
// called from a main with a defer of its own (issue #13: this crashed
// with -N, where the defers get stack records).

func f() {
	defer recover()
	defer func() { panic(recover()) }()
	defer func() { panic(recover()) }()
	panic(1)
}

func main() {
	defer func() { println("main's defer") }()
	f()
}
