// A function with 9 defers: more than 8, so stack-allocated records.
package main

//go:noinline
func add(x *int, v int) { *x += v }

//go:noinline
func nine(x *int) {
	defer add(x, 1)
	defer add(x, 2)
	defer add(x, 3)
	defer add(x, 4)
	defer add(x, 5)
	defer add(x, 6)
	defer add(x, 7)
	defer add(x, 8)
	defer add(x, 9)
}

func main() {
	x := 0
	for i := 0; i < 3000000; i++ {
		nine(&x)
	}
	println(x)
}
