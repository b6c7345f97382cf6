package main
type T struct{}
func (T) N() {}
func (*T) N() {}
func main() {}
