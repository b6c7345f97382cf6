package main
type I interface{ M() }
func main() { var i I; println(i.(int)) }
