package main
type T struct{ Abc int }
func main() { var t T; println(t.abc) }
