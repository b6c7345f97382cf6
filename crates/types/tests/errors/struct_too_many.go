package main
type T struct{ a int }
func main() { t := T{1, 2}; println(t.a) }
