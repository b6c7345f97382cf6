package main
func main() { var a []int; a[1:2] = nil; len(a) = 1 }
