package main
func neg(a int) int { return -a }
func main() { println(neg(1, 2)) }
