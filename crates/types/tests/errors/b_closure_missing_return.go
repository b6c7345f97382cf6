package main
func main() { f := func() int { }; f() }
