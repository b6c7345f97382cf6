package main
func main() { x := _; println(x) }
