package main
func main() { var s struct{ a int; b string }; var x int = s; _ = x }
