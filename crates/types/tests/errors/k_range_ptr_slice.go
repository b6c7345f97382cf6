package main
func main() { var arr [5]int; for i, v := range &arr { _, _ = i, v }; for i := range arr[:] { _ = i }; var p *[]int; for range p {} }
