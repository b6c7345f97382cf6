package main
func main() { var f func(int); f = func(s string) {}; f(1) }
