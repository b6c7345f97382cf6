package main
func main() { s := []int{}; len(s) }
