package main
func main() { int(1) }
