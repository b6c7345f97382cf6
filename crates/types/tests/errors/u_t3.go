package main
func main() { s := []int{}; for i := range s { i = "a" } }
