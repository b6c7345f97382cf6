package main
func main() { a := [2]int{1, 2, 3}; println(a[0]) }
