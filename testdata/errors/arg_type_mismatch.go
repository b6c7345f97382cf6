package main

func half(n int) int { return n / 2 }

func main() {
	f := 3.5
	println(half(f))
}
