package main
func main() { for 1 { } }
