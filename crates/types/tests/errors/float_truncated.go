package main
func main() { var x int = 2.5; println(x) }
