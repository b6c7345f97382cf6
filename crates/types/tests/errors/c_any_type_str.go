package main
func main() { var a any; var x int = a; _ = x }
