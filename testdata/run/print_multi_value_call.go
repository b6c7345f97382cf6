package main

// print and println accept one multi-value call as their operands.

func three() (int16, float64, string) { return -42, 42.0, "x" }

func two() (bool, *int) { return true, nil }

func main() {
	print(three())
	println()
	println(three())
	println(two())
}
