package main

// gc drops the branch of an `if` whose condition is statically known
// before it counts and reports defers: the dropped defers and returns
// are neither printed by -d=defer nor counted for the open-coding limits
// (at most 8 defers, returns x defers <= 15).

const debug = false
const verbose = true

var trace []string

func note(s string) { trace = append(trace, s) }

func side(s string) bool {
	note("side " + s)
	return true
}

// Nine defers in the source, but two are dead: 7 counted, open-coded.
func nine() {
	defer note("n1")
	defer note("n2")
	defer note("n3")
	defer note("n4")
	defer note("n5")
	defer note("n6")
	if debug {
		defer note("dead1")
	}
	if !verbose {
		defer note("dead2")
	}
	defer note("n7")
}

// Returns in dead branches are not counted: 3 returns x 5 defers = 15.
func returns(x int) int {
	defer note("r1")
	defer note("r2")
	defer note("r3")
	defer note("r4")
	defer note("r5")
	if debug {
		return -1
	}
	if debug && x > 0 {
		return -2
	}
	if x > 0 || true {
		note("taken")
	} else {
		return -3
	}
	if x == 1 {
		return 1
	}
	if x == 2 {
		return 2
	}
	return 0
}

// Nested constant ifs, `if true { } else { defer }`, and conditions that
// keep their side effects: `side() && false` calls side, `false &&
// side()` does not.
func nested(x int) {
	if verbose {
		if debug {
			defer note("dead3")
		} else if x > 0 {
			defer note("live nested")
		}
	}
	if true {
		note("then")
	} else {
		defer note("dead4")
	}
	if side("a") && false {
		defer note("dead5")
	}
	if false && side("b") {
		defer note("dead6")
	}
	if side("c") || true {
		note("or")
	}
	if debug {
	} else if verbose {
		defer note("else-if")
	}
}

// A static `if` whose taken branch returns ends the statement list: the
// defer after it is dead (not counted, not printed).
func deadAfter() (r int) {
	defer func() { r *= 10 }()
	if true {
		return 4
	}
	defer note("dead7")
	return 5
}

func main() {
	nine()
	println(returns(1), returns(2), returns(3))
	nested(1)
	println(deadAfter())
	for _, s := range trace {
		println(s)
	}
}
