package main
func main() { var f float64 = 1; println(string(f)) }
