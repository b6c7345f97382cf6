package main
const a int = 1
const b int64 = 2
func main() { println(a + b) }
