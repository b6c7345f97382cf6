package main

// A switch on constants keeps only the clause it always takes (or none);
// a non-constant case, or `fallthrough` at the end of the clause taken,
// keeps them all.

const mode = 3
const debug = false

var out []string

func note(s string) { out = append(out, s) }

func consts() {
	defer note("c0")
	switch mode {
	case 1:
		defer note("mode 1")
	case 2, 3:
		defer note("mode 2 or 3")
	default:
		defer note("default")
	}
	switch {
	case debug:
		defer note("debug")
	case false:
		defer note("false")
	}
	switch "b" {
	default:
		defer note("string default")
	case "a":
		defer note("a")
	}
	switch mode {
	case 3:
		defer note("breaks")
		if mode > 1 {
			break
		}
		note("not reached")
	}
}

// A non-constant case: every clause is kept.
func dynamic(x int) {
	switch {
	case x > 0:
		defer note("x > 0")
	case true:
		defer note("true")
	}
	switch mode {
	case 3:
		defer note("three")
		fallthrough
	case 4:
		defer note("four")
	}
}

// Ten defers in the source, eight counted: open-coded.
func ten() {
	defer note("t1")
	defer note("t2")
	defer note("t3")
	defer note("t4")
	defer note("t5")
	defer note("t6")
	switch mode {
	case 1:
		defer note("t7 dead")
		defer note("t8 dead")
	case 3:
		defer note("t7")
		defer note("t8")
	}
}

func main() {
	consts()
	dynamic(1)
	ten()
	for _, s := range out {
		println(s)
	}
}
