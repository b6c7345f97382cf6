package main

// `for false { ... }` and `for c && false { ... }` lose their body and
// post statement: the defers in them are not in gc's IR, so they do not
// make the function's other defers heap- or stack-allocated.

const debug = false

var out []string

func note(s string) { out = append(out, s) }

func cond(s string) bool {
	note("cond " + s)
	return true
}

func loops() {
	defer note("l1")
	for false {
		defer note("dead1")
	}
	for i := 0; debug; i++ {
		defer note("dead2")
	}
	for cond("evaluated once") && false {
		defer note("dead3")
	}
	for false && cond("never") {
		defer note("dead4")
	}
	defer note("l2")
}

func main() {
	loops()
	for _, s := range out {
		println(s)
	}
}
