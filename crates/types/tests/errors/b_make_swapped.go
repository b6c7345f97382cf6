package main
func main() { s := make([]int, 10, 5); println(s) }
