// The same call as open1.go without the defer.
package main

var sink int

//go:noinline
func work(x *int, i int) {
	*x += i
	done(x)
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
