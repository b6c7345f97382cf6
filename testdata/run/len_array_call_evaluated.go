package main

// len of an array expression containing a call is not constant: the
// expression is evaluated, so dereferencing a nil pointer to an array
// panics; without a call it is constant and nothing is evaluated. The same
// holds for a range statement without a value variable.

var calls int

func nilPtr() *[4]int {
	calls++
	return nil
}

var nilVar *[4]int

func try(name string, f func()) {
	defer func() {
		println(name, "panicked:", recover() != nil)
	}()
	f()
}

func main() {
	try("len(*nilPtr())", func() { _ = len(*nilPtr()) })
	try("len(nilPtr())", func() { _ = len(nilPtr()) })
	try("len(*nilVar)", func() { _ = len(*nilVar) })
	try("range *nilPtr()", func() {
		for range *nilPtr() {
		}
	})
	try("range *nilVar", func() {
		for i := range *nilVar {
			_ = i
		}
	})
	try("range nilPtr()", func() {
		n := 0
		for range nilPtr() {
			n++
		}
		println("iterations:", n)
	})
	println("calls:", calls)
}
