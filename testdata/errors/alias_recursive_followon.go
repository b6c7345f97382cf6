// Aliases that refer to themselves (slice, struct pointer, map): no
// follow-on errors for their uses, later errors still reported.
package main

type A = []A

type B = struct{ b *B }

type C = map[string]C

func main() {
	var a A
	a[0] = 1
	_ = len(a)
	var b B
	b.b = nil
	b.c = 1
	var c C
	c["x"] = 2
	_ = a.x
	undefinedD()
}
