package main
func main() { delete([]int{}, 1) }
