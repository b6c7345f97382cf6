package main
func main() { var f float32 = 1e100; println(f) }
