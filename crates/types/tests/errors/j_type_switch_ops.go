package main
func main() { var i any; switch t := i.(type) { case int: t++ ; case string: t += "a" } }
