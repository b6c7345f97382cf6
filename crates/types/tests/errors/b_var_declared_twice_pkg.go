package main
var a = 1
var a = 2
func main() {}
