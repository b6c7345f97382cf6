package main
func main() { var s string; for _, c := range "x" { s = c }; println(s) }
