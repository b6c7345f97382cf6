package main
func f(xs []int) {}
func main() { f([]int{}...) }
