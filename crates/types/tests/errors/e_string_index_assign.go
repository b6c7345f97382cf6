package main
func main() { const s = "x"; println(s[0] + "a") }
