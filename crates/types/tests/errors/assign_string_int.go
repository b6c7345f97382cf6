package main
func main() { var s string = 1; println(s) }
