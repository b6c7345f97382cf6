package main

func main() {
	print("hello", 1, true, "\n")
	println("hello", 1, true)
	println()
	println(-7, 3.5, 'x', "")
	var u8 uint8 = 255
	var i64 int64 = -9223372036854775808
	println(u8, i64)
	print(1, 2, "\n")
	println(1, 2)
	println(1e7, 1e-3, 123456789.0, float32(2.5))
	println(false)
}
