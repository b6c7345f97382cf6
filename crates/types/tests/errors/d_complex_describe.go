package main
func main() { const c = 1 + 2i; var s string = c; println(s) }
