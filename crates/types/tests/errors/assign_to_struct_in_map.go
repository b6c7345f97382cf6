package main
type T struct{ a int }
func main() { m := map[int]T{}; m[1].a = 2 }
