package main
type I interface{ M(); M() }
func main() {}
