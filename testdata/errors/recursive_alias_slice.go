package main

type A = []A

func main() {
	var a A
	println(len(a))
}
