package main
func main() { f := func() { y := 1 }; f() }
