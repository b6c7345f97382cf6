package main
func main() { var f float64 = 1i; println(f) }
