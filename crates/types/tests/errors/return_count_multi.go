package main
func f() (int, string) { return 1 }
func main() { f() }
