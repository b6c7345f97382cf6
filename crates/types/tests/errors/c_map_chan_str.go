package main
func main() { var m map[string][]int; var c chan<- int; var x int = m; var y int = c; _, _ = x, y }
