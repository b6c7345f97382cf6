package main
func main() { x := nil; println(x) }
