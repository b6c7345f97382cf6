package main

// Statements after a terminating statement (return, goto, panic, a block
// or static if ending in one) are dropped by gc's front end, unless a
// labeled statement follows later in the same list: then they are kept,
// counted, but not compiled or printed by gc's ssagen when nothing
// reaches them (after a return, goto, break, continue or panic, until
// the next label).

var out []string

func note(s string) { out = append(out, s) }

// A return after a return is not counted: 2 returns x 7 defers = 14.
func seven(x int) int {
	defer note("a")
	defer note("b")
	defer note("c")
	defer note("d")
	defer note("e")
	defer note("f")
	defer note("g")
	if x > 0 {
		return 1
		return 2
	}
	return 0
	return -1
}

// The defer after `goto M` is kept (the label follows) and counted, but
// not printed: nine defers in all make the function use records.
func kept(x int) {
	defer note("k1")
	defer note("k2")
	defer note("k3")
	defer note("k4")
	defer note("k5")
	defer note("k6")
	defer note("k7")
	goto M
	defer note("unreached")
M:
	defer note("k8")
}

// After a `break` the rest of the loop body is kept (break does not end
// the list for gc's front end), so this defer counts and is in a loop:
// every defer of the function gets a record.
func afterBreak(n int) {
	defer note("ab1")
	for i := 0; i < n; i++ {
		if i == 1 {
			break
			defer note("never")
		}
	}
	defer note("ab2")
}

// A panic ends the list; the recovered panic still runs the defers.
func panics() {
	defer func() {
		note("recovered " + recover().(string))
	}()
	{
		panic("p")
	}
	defer note("dead")
}

// Both branches return: what follows is dead unless a label comes after;
// with one it is kept and, since gc's ssagen starts a new block after an
// `if`, printed.
func both(x int) {
	defer note("both1")
	if x > 0 {
		return
	} else {
		return
	}
	defer note("after if")
L:
	if x > 5 {
		x--
		goto L
	}
}

func main() {
	println(seven(1), seven(0))
	kept(1)
	afterBreak(3)
	panics()
	both(1)
	for _, s := range out {
		println(s)
	}
}
