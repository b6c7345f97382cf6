package main
type T struct{ x T }
func main() {}
