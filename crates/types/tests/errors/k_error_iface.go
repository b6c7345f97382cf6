package main
type E struct{}
func (E) Error() string { return "" }
func f() error { return &E{} }
func g() error { return E{} }
func h() error { return 1 }
func main() { f(); g(); h() }
