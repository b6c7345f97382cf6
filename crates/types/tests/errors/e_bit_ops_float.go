package main
func main() { f := 1.5; println(f & 1) }
