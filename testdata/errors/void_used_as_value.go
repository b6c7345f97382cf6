package main

func nothing() {}

func main() {
	x := nothing()
	println(x)
}
