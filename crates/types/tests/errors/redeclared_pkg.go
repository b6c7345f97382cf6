package main
var x int
func x() {}
func main() {}
