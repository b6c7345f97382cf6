package main

const c = 1e1000000000

func main() {
	println(c > 0)
}
