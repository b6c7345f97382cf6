package main
func main() { p := &1; println(p) }
