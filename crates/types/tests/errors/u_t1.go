package main
type T struct{ a int }
func (t T) a() {}
func main() {}
