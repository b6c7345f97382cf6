package main

func main() {
	var n int
	n = nil
	println(n)
}
