package main

func f(n int) (r int) {
	defer func() { r++ }()
	if n < 0 {
		defer println("negative")
		return -1
	}
	return n * 2
}

func main() {
	println(f(3), f(-2))
}
