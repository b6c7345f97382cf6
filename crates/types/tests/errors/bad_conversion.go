package main
func main() { x := "a"; println(int(x)) }
