package main

// No func main, and a type error: the compiler fails first, so the
// linker never complains about main.
func mian() {
	x := 1
}
