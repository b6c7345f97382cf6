package main
func f(a int) string { return "" }
func main() { var x int = f; _ = x }
