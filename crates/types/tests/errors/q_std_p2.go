package main
import "errors"
func main() { e := errors.New("x"); var s string = e; _ = s; println(errors.Is(e, e)) }
