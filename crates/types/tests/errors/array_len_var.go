package main
func main() { n := 3; var a [n]int; println(a) }
