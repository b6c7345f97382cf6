package main
func f() (x, y int) { return 1 }
func main() { f() }
