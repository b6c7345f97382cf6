package main
func main() { p := new(int, 2); println(p) }
