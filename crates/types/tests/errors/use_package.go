package main
import "fmt"
func main() { x := fmt; println(x) }
