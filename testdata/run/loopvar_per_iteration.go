package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()

	var ps []*int
	for i := range 3 {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// Modifying the loop variable inside the body still affects the loop.
	var hs []func() int
	for i := 0; i < 10; i++ {
		hs = append(hs, func() int { return i })
		i += 2
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println(len(hs))
}
