package main
func main() { f := 1.5; println(1 << f) }
