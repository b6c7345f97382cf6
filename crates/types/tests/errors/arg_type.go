package main
func f(s string) {}
func main() { f(1) }
