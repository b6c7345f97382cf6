package main

var glob int

// A panic is not a return: 3 returns x 4 defers, still open-coded.
func f() {
	defer println(1, glob)
	defer println(2, glob)
	defer println(3, glob)
	defer println(4, glob)

	switch glob {
	case 1:
		return
	case 2:
		return
	case 3:
		return
	case 4:
		panic("")
	}
	println("fell through")
}

func g() {
	defer func() {
		println("recovered:", recover() != nil)
	}()
	f()
}

func main() {
	for glob = 0; glob < 6; glob++ {
		g()
	}
}
