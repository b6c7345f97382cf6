package main
func main() { var i any = 1; n := i + 1; _ = n }
