package main
func main() { m := map[string]int{}; println(m[1]) }
