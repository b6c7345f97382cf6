package main

import "strconv"

// A comparison result passed to the runtime (println, strconv.FormatBool)
// right after a branch on the same comparison: only the low byte of the
// register holds the bool, the rest must not leak into the value.

func printed() {
	for i := int64(-9223372036854775808); ; i-- {
		if i > 0 {
			println("done")
			return
		}
		println(i, i > 0)
	}
}

func formatted() {
	for i := int64(-9223372036854775807); ; i-- {
		if i > 0 {
			println("done")
			return
		}
		println(i, strconv.FormatBool(i > 0))
	}
}

func main() {
	printed()
	formatted()
}
