package main
func main() { x := 1; const c = x; println(c) }
