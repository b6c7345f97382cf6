package main

func main() {
	b := byte(256)
	println(b)
}
