package main
type S struct{}
func (s S) Set() { s = S{} }
func main() { var s S; s.Set(); (&s).Set(); S.Set(s); (*S).Set(&s) }
