package main

// Statements gc's ssagen skips (after a return, goto, break, continue or
// panic until the next label) are still escape-analysed: their labels
// and gotos count, and a label in a spliced block starts compiling again.
// A `for {}`, `select {}` or switch does not stop gc's ssagen: the defers
// after them are printed (and counted) even though they never run.

var n int
var out []string

func note(s string) { out = append(out, s) }

// The block after `goto M` is kept (M follows); its label L is a loop
// head (the goto inside it jumps back), and the depth stays raised after
// the block: both defers after L are heap-allocated.
func skipped(x int) {
	defer note("s1")
	goto M
	{
	L:
		defer note("never")
		if x > 2 {
			goto L
		}
	}
M:
	defer note("s2")
}

func forever(x int) {
	defer note("f1")
	if x > 0 {
		return
	}
	for {
	}
	defer note("never")
}

func blocked(x int) {
	defer note("b1")
	if x > 0 {
		return
	}
	select {}
	defer note("never")
}

// A switch whose clauses all return, followed by a label: the defer
// between is kept, compiled and printed.
func switchReturns(x int) {
	defer note("sw1")
	switch x {
	case 1:
		return
	default:
		return
	}
	defer note("never")
L:
	if n < 0 {
		n++
		goto L
	}
}

func main() {
	skipped(1)
	forever(1)
	blocked(1)
	switchReturns(1)
	for _, s := range out {
		println(s)
	}
}
