package main
func main() { var i any = 1; println(i == 1, i != nil, 1 == i) }
