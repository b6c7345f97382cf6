// Interfaces embedding each other: gc reports the cycle at the one
// declared first, which becomes invalid (no error for its methods); the
// other is still an interface and reports a missing method.
package main

type I interface{ J }
type J interface{ I }

func main() {
	var i I
	i.M()
	var j J
	j.N()
}
