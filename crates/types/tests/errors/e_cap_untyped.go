package main
func main() { println(cap("abc")) }
