package main
import "fmt"
type T int
func main() { var s fmt.Stringer = T(1); _ = s }
