package main
func main() { m := map[int]int{}; println(m == m) }
