package main
func main() { var a [3]int; var b [4]int; a = b; println(a[0]) }
