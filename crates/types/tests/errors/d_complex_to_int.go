package main
func main() { var n int = 2 + 0i; var m int = 1 + 1i; println(n, m) }
