package main

import "fmt"

var steps []string

func never() int {
	defer func() { steps = append(steps, "never's defer 1") }()
	defer func() { steps = append(steps, "never's defer 2") }()
	for i := 0; ; i++ {
		if i == 5 {
			panic(i)
		}
	}
}

func caller() (v int) {
	defer func() {
		r := recover()
		steps = append(steps, fmt.Sprint("caller recovered ", r))
		v = -1
	}()
	return never() + 1
}

func main() {
	fmt.Println(caller())
	for _, s := range steps {
		fmt.Println(s)
	}
}
