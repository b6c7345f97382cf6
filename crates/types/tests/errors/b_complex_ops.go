package main
func main() { c := 1i; println(c < c) }
