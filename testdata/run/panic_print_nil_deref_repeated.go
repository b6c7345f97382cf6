package main

// Two nil dereferences: gc panics with the same runtime error value
// (runtime.memoryError) both times, so the second, raised after the first
// was recovered, is printed as that value repanicked.

type T struct{ x int }

func deref(p *T) int { return p.x }

func main() {
	defer func() {
		recover()
		var q *T
		println(deref(q))
	}()
	var p *T
	println(deref(p))
}
