package main

import "fmt"

func set(p *int, v int) {
	*p = v
}

func main() {
	x := 0
	set(&x, 5)
	fmt.Println(x)
	set(nil, 6)
}
