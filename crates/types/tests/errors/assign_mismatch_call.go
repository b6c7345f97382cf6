package main
func f() int { return 1 }
func main() { a, b := f(); println(a, b) }
