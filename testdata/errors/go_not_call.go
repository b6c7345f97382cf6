package main

func f() int { return 1 }

func main() {
	go f
	go (f())
	defer len("x")
}
