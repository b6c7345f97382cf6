// A call of a function with one open-coded defer (compare nodefer.go).
package main

var sink int

//go:noinline
func work(x *int, i int) {
	defer done(x)
	*x += i
}

//go:noinline
func done(x *int) { *x ^= 1 }

func main() {
	x := 0
	for i := 0; i < 50000000; i++ {
		work(&x, i)
	}
	println(x)
}
