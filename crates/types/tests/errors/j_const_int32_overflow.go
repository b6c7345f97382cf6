package main
const big = 1 << 62
func main() { var x int32 = big; _ = x; var y = big * 4; _ = y }
