package main
type T struct{}
func main() { f := T.M; f(T{}) }
