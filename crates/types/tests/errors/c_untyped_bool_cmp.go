package main
func main() { a, b := 1, 2; var s string = a < b; _ = s }
