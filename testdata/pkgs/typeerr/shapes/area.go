package shapes

func Area(r int) int {
	return r * r * pi
}
