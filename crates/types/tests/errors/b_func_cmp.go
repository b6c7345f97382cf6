package main
func main() { f := func() {}; println(f == f) }
