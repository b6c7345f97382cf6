package main
func main() { s := make([]int, -1); println(s) }
