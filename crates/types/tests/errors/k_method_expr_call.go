package main
type T int
func (T) m() {}
func (t T) m2() { t.m3() }
func main() { T.m() }
