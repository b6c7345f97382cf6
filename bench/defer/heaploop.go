// Defers in a loop: heap-allocated records.
package main

//go:noinline
func add(x *int, v int) { *x += v }

//go:noinline
func loop(x *int, n int) {
	for i := 0; i < n; i++ {
		defer add(x, i)
	}
}

func main() {
	x := 0
	for i := 0; i < 300000; i++ {
		loop(&x, 10)
	}
	println(x)
}
