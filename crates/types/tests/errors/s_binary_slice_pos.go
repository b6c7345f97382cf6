package main
func f() string { return "" }
func main() { var g func() = f()[:0] + ""; _ = g }
