package main

func main() {
	a, b := []int{1}, []int{1}
	println(a == b)
}
