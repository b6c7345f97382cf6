package main
func main() { println(len()) }
