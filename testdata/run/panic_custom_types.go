package main

type MyInt int

func main() {
	var v MyInt = 7
	println("panicking with a named int")
	panic(v)
}
