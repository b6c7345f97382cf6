package main
func f() (int, string) { return 1, "" }
func main() { var a, b int = f(); println(a, b) }
