package main
func (T) M() {}
func main() {}
