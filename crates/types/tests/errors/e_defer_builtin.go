package main
func main() { defer len("a") }
