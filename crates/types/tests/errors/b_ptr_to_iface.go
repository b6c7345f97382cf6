package main
type I interface{ M() }
func main() { var p *I; p.M() }
