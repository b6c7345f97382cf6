package main
func f() (x int) { return "a" }
func main() { f() }
