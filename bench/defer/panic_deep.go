// A panic 10 frames below the recovering frame.
package main

//go:noinline
func down(n int) int {
	if n == 0 {
		panic(n)
	}
	return down(n-1) + 1
}

//go:noinline
func f(i int) (r int) {
	defer func() {
		if recover() != nil {
			r = i
		}
	}()
	return down(10)
}

func main() {
	s := 0
	for i := 0; i < 300000; i++ {
		s += f(i)
	}
	println(s)
}
