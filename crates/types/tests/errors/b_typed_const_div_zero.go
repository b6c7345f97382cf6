package main
const c int = 1
func main() { println(c / 0) }
