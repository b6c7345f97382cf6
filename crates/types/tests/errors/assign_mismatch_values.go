package main
func main() { a, b := 1, 2, 3; println(a, b) }
