package main
func main() { var a [2]int; p := &a; p[5] = 1; _ = len(p) }
