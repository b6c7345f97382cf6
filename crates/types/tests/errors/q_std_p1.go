package main
import "runtime"
func main() { var e runtime.Error = 1; _ = e }
