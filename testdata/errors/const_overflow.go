package main

func main() {
	var b int8
	b = 300
	println(b)
}
