package main

func main() {
	println("a" "b")
	println("invalid byte ş in a string")
}
