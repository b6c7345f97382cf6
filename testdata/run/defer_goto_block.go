package main

// A backward goto makes its label the head of a loop for gc's escape
// analysis, up to the end of the statement list holding the label. The
// bodies of `if`, `for`, `switch` and `select` clauses end that list; a
// plain block `{ ... }` or a statically decided `if` does not (gc splices
// their statements into the enclosing list).

var n int
var out []string

func note(s string) { out = append(out, s) }

// The loop is inside the `if` body: the defer after it is not in a loop.
func inIf(x int) {
	defer note("if1")
	if x > 0 {
	L:
		n++
		if n < 3 {
			goto L
		}
	}
	defer note("if2")
}

// In a plain block the loop lasts past the closing brace: the second
// defer is in a loop (heap-allocated), so nothing is open-coded.
func inBlock(x int) {
	defer note("block1")
	{
	L:
		n++
		if n < 6 {
			goto L
		}
	}
	defer note("block2")
}

// Same for a statically true `if`.
func inStaticIf(x int) {
	defer note("static1")
	if true {
	L:
		n++
		if n < 9 {
			goto L
		}
	}
	defer note("static2")
}

// In a switch clause the depth is restored after the clause.
func inCase(x int) {
	defer note("case1")
	switch x {
	case 1:
	L:
		n++
		if n < 12 {
			goto L
		}
		defer note("case in loop")
	}
	defer note("case2")
}

// Forward gotos only: no loop.
func forward(x int) {
	defer note("fwd1")
	if x > 0 {
		goto M
	}
	n++
M:
	defer note("fwd2")
	goto N
N:
	defer note("fwd3")
}

// A label used by break and continue only is not a loop head for the
// code after the loop.
func labelledLoop(x int) {
	defer note("ll1")
Outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue Outer
			}
			if i == 2 {
				break Outer
			}
		}
	}
	defer note("ll2")
}

// A goto in a nested statement back to a label of the function body:
// everything after the label is in the loop.
func toplevel(x int) {
	defer note("top1")
L:
	defer note("top2")
	if n < 15 {
		n++
		goto L
	}
}

func main() {
	inIf(1)
	inBlock(1)
	inStaticIf(1)
	inCase(1)
	forward(1)
	labelledLoop(1)
	toplevel(1)
	println(n)
	for _, s := range out {
		println(s)
	}
}
