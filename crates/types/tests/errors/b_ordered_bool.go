package main
func main() { println(true < false) }
