package main
func main() { m := map[string]int{1}; println(m) }
