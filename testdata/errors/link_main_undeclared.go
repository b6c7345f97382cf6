package main

// No func main: gc's linker reports it, without a position.
func mian() {
}
