package main
const c = 10 / 4.0
func main() { var i int = c; println(i) }
