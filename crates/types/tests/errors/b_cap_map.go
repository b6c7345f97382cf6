package main
func main() { println(cap(map[int]int{})) }
