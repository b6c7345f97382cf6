package main

var glob int

// 4 defers and 3 return statements: 12 <= 15, open-coded.
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
	}
	println("fell through")
}

func main() {
	for glob = 0; glob < 5; glob++ {
		f()
	}
}
