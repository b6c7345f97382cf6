package main
func main() { b := true; println(b + b) }
