package main

// In x op= f(), the call runs before x is read: writes f makes to x are
// seen, and a nil pointer target panics only after f ran.

var g int

func setg() int { g = 10; return 1 }

type T struct{ a int }

func main() {
	x := 1
	h := func() int { x = 10; return 1 }
	x += h()
	println("local:", x)

	g = 1
	g += setg()
	println("global:", g)

	s := []int{1, 2}
	k := func() int { s[0] = 10; return 1 }
	s[0] += k()
	println("slice element:", s[0])

	t := &T{1}
	m := func() int { t.a = 10; return 2 }
	t.a *= m()
	println("field:", t.a)

	y := 5
	y -= 1 // no call: read, then the operand
	println("plain:", y)

	func() {
		defer func() { println("recovered:", recover() != nil) }()
		var p *int
		*p += h()
	}()
	println("x after:", x)
}
