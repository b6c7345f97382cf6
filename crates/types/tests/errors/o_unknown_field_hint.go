package main
type T struct{ A; b int }
type A struct{ a int }
func main() { t := T{a: 1}; _ = t }
