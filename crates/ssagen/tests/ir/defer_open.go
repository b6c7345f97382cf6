package main

// Open-coded: 2 defers, 2 returns, none in a loop.
func f(n int) (r int) {
	defer func() { r++ }()
	if n < 0 {
		defer println("negative")
		return -1
	}
	return n * 2
}

func main() {
	println(f(3))
}
