package main
type T int
func main() { println(T) }
