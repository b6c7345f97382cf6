package main
func main() { s := "a"; s[0] = 1 }
