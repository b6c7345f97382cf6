package main

func main() {
	var s string = 1
	undefinedFunc()
	y := 2
}
