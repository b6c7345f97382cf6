package main
func main() { fallthrough }
