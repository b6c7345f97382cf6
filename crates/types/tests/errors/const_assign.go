package main
const c = 1
func main() { c = 2 }
