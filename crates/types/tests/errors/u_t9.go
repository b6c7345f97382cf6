package main
func main() { var s []int; s = append(s, s...); s = append(s, 1, s...) }
