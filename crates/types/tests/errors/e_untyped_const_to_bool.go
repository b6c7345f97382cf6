package main
func main() { var b bool = 1; println(b) }
