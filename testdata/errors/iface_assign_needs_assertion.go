package main

type T struct{ n int }

func main() {
	var v any = T{1}
	var t T = v
	_ = t
}
