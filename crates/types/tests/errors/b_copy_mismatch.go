package main
func main() { copy([]int{}, []string{}) }
