package main

// A deferred call re-panics the recovered value, a later one recovers it
// and panics anew: gc prints the first value once, marked
// [recovered, repanicked], then the new panic after a tab.

func main() {
	defer func() {
		r := recover()
		println("recovered", r.(string))
		panic("third")
	}()
	defer func() {
		panic(recover())
	}()
	panic("first")
}
