package main
func main() { const r = real(3 + 4i); var s string = r; println(s) }
