package main
func main() { var x int = 1e100; println(x) }
