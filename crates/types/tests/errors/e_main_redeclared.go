package main
func main() {}
func main() {}
