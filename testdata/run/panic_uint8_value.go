package main

func main() {
	var b uint8 = 200
	panic(b + 100)
}
