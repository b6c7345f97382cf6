package main
func main() { println(int8(300)) }
