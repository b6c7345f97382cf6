package main
func main() { s := []string{"a"}; for _, c := range s[0] { var b byte = c; _ = b } }
