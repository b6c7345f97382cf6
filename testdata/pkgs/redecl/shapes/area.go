package shapes

type Circle struct{ R int }

func (c Circle) Scale(k int) Circle { return Circle{c.R * k} }

// Reported after pi.go's errors: gc orders files by their first error.
func Area(r int) int {
	return r * r * pi
}
