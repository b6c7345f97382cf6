package main
type T struct{ a int }
func main() { p := &T{}; p.a = 1; var i interface{ M() } = p; _ = i }
