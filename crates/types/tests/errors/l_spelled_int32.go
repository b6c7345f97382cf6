package main
func main() { var x int32 = "a"; var b []uint8 = "s"; _, _ = x, b }
