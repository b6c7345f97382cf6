package main
func main() { s := []int{}; s = append(s, "ab"...); println(s) }
