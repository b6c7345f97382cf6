package shapes

import "strings"

const pi = 3.14

func unused() {
	x := 1
}
