package main
func main() { go println("a"); var x int; go x }
