package main
type I interface{ M() }
type T struct{}
func (T) M(x int) {}
func main() { var i I = T{}; println(i) }
