package main
func f(...int) {}
func main() { f([]int{1}...); f(1, []int{2}...) }
