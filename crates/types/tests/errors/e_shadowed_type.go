package main
func main() { int := 1; var x int; println(int, x) }
