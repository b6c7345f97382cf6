// Defers in a loop (heap records) whose memory the runtime reuses: deferred
// calls that allocate and keep what they allocate, deferred calls that run
// functions with their own loop defers, a panic inside such a call
// recovered by an earlier loop defer, and func values deferred in a loop.
package main

import "fmt"

var kept []*[4]int

func keep(i int) {
	p := &[4]int{i, i * 2, i * 3, i * 4}
	kept = append(kept, p)
}

func allocating(n int) {
	for i := 0; i < n; i++ {
		defer keep(i)
	}
}

func inner(tag string, n int, out *[]string) {
	for i := 0; i < n; i++ {
		defer func(i int) { *out = append(*out, fmt.Sprint(tag, i)) }(i)
	}
}

func nested(out *[]string) {
	for i := 0; i < 3; i++ {
		defer inner(fmt.Sprint("n", i, "."), 2, out)
	}
}

func panicky() (res string) {
	for i := 0; i < 4; i++ {
		if i == 0 {
			defer func() {
				if r := recover(); r != nil {
					res = fmt.Sprint("recovered ", r)
				}
			}()
			continue
		}
		defer func(i int) {
			if i == 2 {
				panic(fmt.Sprint("boom ", i))
			}
		}(i)
	}
	return "normal"
}

func values(fs []func(), sum *int) {
	for _, f := range fs {
		defer f()
	}
	*sum += 100
}

func main() {
	for r := 0; r < 3; r++ {
		allocating(5)
	}
	total := 0
	for _, p := range kept {
		total += p[0] + p[1] + p[2] + p[3]
	}
	fmt.Println(len(kept), total)

	var out []string
	nested(&out)
	fmt.Println(out)

	for r := 0; r < 3; r++ {
		fmt.Println(panicky())
	}

	sum := 0
	var fs []func()
	for i := 1; i <= 4; i++ {
		fs = append(fs, func() { sum += i })
	}
	for r := 0; r < 50; r++ {
		values(fs, &sum)
	}
	fmt.Println(sum)
}
