package main

// Integer division by zero twice: the same runtime error value, printed
// once as repanicked after being recovered.

func div(a, b int) int { return a / b }

func main() {
	defer func() {
		r := recover()
		println("recovered:", r.(error).Error())
		println(div(2, 0))
	}()
	println(div(1, 0))
}
