package main

// gc counts the defer after `break` (it is in its IR and in a loop) but
// does not compile or report it: every defer of f gets a record.

func f(x int) {
	defer println(1)
	for i := 0; i < x; i++ {
		if i == 1 {
			break
			defer println(2)
		}
	}
	defer println(3)
}

func main() {
	f(2)
}
