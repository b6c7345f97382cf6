package main
func main() { var a [2]int; a[0] := 1 }
