package main
func main() { s := "abc"; println(s[1:2:3]) }
