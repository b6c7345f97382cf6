package main
type T struct{ a, b int }
func main() { t := T{1}; println(t.a) }
