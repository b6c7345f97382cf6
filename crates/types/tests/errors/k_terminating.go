package main
func f(x int) int { if x > 0 { return 1 } else { return 2 } }
func g(x int) int { for { if x > 0 { break } }; }
func h(x int) int { switch { case x > 0: return 1; default: panic("x") } }
func main() { f(1); g(1); h(1) }
