package main
func f(a int, xs ...string) {}
func main() { f() }
