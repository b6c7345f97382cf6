package main
type T struct{}
func main() { var t T; f := t.M; f() }
