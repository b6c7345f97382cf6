package u

func F() {
	x := 1
}
