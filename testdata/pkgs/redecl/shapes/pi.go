package shapes

const pi = 3.14

var Area = 2

func (c Circle) Scale(k int) Circle { return c }
