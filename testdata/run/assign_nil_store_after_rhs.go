package main

// In an assignment the right-hand side is evaluated before the store's nil
// or bounds check: f runs even though the store then panics.

func f() int { println("f called"); return 1 }

type T struct{ a, b int }

func try(name string, g func()) {
	defer func() { println(name, "recovered:", recover() != nil) }()
	g()
}

func main() {
	try("nil pointer", func() {
		var p *int
		*p = f()
	})
	try("index out of range", func() {
		s := []int{}
		i := 3
		s[i] = f()
	})
	try("nil struct pointer field", func() {
		var t *T
		t.b = f()
	})
	try("nil array pointer element", func() {
		var a *[3]int
		a[1] = f()
	})
	s := make([]int, 3)
	for i := range s {
		s[i] = i * 10
	}
	println(s[0], s[1], s[2])
}
