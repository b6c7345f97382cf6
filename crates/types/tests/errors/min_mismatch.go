package main
func main() { x := 1; y := 2.0; println(min(x, y)) }
