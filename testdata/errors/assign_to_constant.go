package main

const limit = 10

func main() {
	limit = 20
	println(limit)
}
