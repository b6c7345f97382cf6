package main

import "fmt"

var log []string

func compute(tag string, v int) int {
	log = append(log, tag)
	return v
}

func f() (r int) {
	defer func() {
		log = append(log, fmt.Sprint("defer sees r=", r))
		r += 1000
	}()
	return compute("return expression", 7)
}

func main() {
	v := f()
	fmt.Println(v)
	for _, l := range log {
		fmt.Println(l)
	}
}
