package main
func f() {}
func main() { println(f()) }
