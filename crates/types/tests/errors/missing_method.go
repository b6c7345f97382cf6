package main
type I interface{ M() }
type U struct{}
func main() { var i I = U{}; println(i) }
