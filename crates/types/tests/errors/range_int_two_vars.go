package main
func main() { for i, j := range 10 { println(i, j) } }
