package main
func main() { x := undefinedThing; }
