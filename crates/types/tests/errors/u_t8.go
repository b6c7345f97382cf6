package main
func main() { var f func() int; x := f; if x() == "a" {} }
