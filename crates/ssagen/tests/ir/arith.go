package main

func div(a, b int8) int8 {
	return a / b
}

func shl(x uint32, n int) uint32 {
	return x << n
}

func main() {
	println(div(-128, -1), shl(1, 33))
}
