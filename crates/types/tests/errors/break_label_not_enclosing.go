package main
func main() {
L:
	for { break }
	for { break L }
}
