package main
func main() { n := 2; var f float64 = 1 << n; println(f) }
