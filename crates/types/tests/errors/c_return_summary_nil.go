package main
func f() (*int, error) { return nil }
func main() { f() }
