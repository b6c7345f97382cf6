// panic and recover in the same frame.
package main

//go:noinline
func f(i int) (r int) {
	defer func() {
		if recover() != nil {
			r = i
		}
	}()
	panic(i)
}

func main() {
	s := 0
	for i := 0; i < 1000000; i++ {
		s += f(i)
	}
	println(s)
}
