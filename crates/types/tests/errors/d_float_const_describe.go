package main
func main() { const f = 1.0 / 3; var s string = f; println(s) }
