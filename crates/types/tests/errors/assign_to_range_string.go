package main
func main() { for i, c := range "ab" { var s string = c; println(i, s) } }
