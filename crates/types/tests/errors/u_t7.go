package main
type I interface{ M() }
func main() { var i I; i.N(); _ = I.M; I.M(nil) }
