package main
func main() { x := []int{1,2}; y := x[1:0]; z := x[:3:2]; _, _ = y, z }
