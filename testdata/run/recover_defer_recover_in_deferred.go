package main

import "fmt"

// `defer recover()` inside a deferred function: gc evaluates recover's
// frame at the defer statement, so it recovers as if that deferred
// function had called recover itself (Go's test/recover1.go test5–test7).

func stopsPanic() {
	defer func() {
		fmt.Println("after: recover() =", recover())
	}()
	defer func() {
		defer recover()
	}()
	panic(5)
}

func secondPanicFirst() {
	defer func() {
		fmt.Println("outer sees", recover())
	}()
	defer func() {
		defer recover() // runs for panic 3, called from the panic: a no-op
		defer func() {
			fmt.Println("inner recovered", recover())
		}()
		panic(3)
	}()
	panic(2)
}

func notPanicking() {
	defer func() {
		defer recover()
		fmt.Println("no panic here")
	}()
}

func inLoop() {
	defer func() {
		fmt.Println("loop: outer sees", recover())
	}()
	defer func() {
		for i := 0; i < 2; i++ {
			defer recover()
		}
	}()
	panic("loop")
}

func main() {
	stopsPanic()
	secondPanicFirst()
	notPanicking()
	inLoop()
	fmt.Println("done")
}
