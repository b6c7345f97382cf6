package main
func f(x int) int {
	switch x {
	case 1:
		return 1
	}
}
func main() { f(1) }
