package main

import "fmt"

type acc struct {
	add func(int)
	get func() int
}

func makeAcc(start int) acc {
	total := start
	return acc{
		add: func(n int) { total += n },
		get: func() int { return total },
	}
}

func adders() []func() int {
	var fs []func() int
	base := 10
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { base++; return base + i })
	}
	return fs
}

func main() {
	a := makeAcc(5)
	b := makeAcc(100)
	a.add(3)
	a.add(4)
	b.add(1)
	fmt.Println(a.get(), b.get())
	fs := adders()
	for _, f := range fs {
		fmt.Println(f())
	}
	fmt.Println(fs[0]())
}
