package main

type Code int

func main() {
	println("request failed")
	panic(Code(404))
}
