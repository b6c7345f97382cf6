package main

// In a tuple assignment the operands are evaluated first and the stores
// happen left to right: a target before a nil dereference or an index out
// of range is still written, one after it is not.

type P struct{ a, b int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "panicked:", r.(error).Error())
		}
	}()
	f()
}

func main() {
	m := map[int]int{}
	var p *int
	try("map then nil deref", func() { m[1], *p = 10, 20 })
	println("m[1] =", m[1])

	s := []int{}
	try("map then index", func() { m[2], s[3] = 30, 40 })
	println("m[2] =", m[2])

	var q *P
	try("map then field", func() { m[3], q.b = 50, 60 })
	println("m[3] =", m[3])

	var arr *[2]int
	try("map then array pointer", func() { m[4], arr[1] = 70, 80 })
	println("m[4] =", m[4])

	x := 0
	var nm map[int]int
	try("var then nil map", func() { x, nm[0] = 1, 2 })
	println("x =", x)

	y := 0
	try("nil deref then var", func() { *p, y = 1, 2 })
	println("y =", y)

	// The pointer is evaluated before any store.
	v := P{}
	pp := &v
	pp, pp.a = &P{}, 9
	println("v.a =", v.a, "pp.a =", pp.a)

	// Swaps still work.
	a := []int{1, 2, 3}
	a[0], a[2] = a[2], a[0]
	println(a[0], a[1], a[2])
}
