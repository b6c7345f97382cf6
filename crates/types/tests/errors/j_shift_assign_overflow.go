package main
func main() { var x uint8 = 1; x <<= 8; x += 256 }
