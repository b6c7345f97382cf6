package main
func f() (int, int) { return 1, 2 }
func main() { var x int = f(); _ = x }
