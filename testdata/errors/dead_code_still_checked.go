package main

// gc drops dead code only after type checking: errors in it are
// reported.

const debug = false

func main() {
	if debug {
		var s string = 1
		defer println()
	}
	for false {
		undefined()
	}
	return
	x := 2
}
