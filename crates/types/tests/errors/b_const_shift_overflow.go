package main
const c = 1 << 600
func main() { println(c > 0) }
