package main

func main() {
	println("invalid byte ş in a string")
}
