package main

import "fmt"

var log []string

var ready = setup()

func setup() bool {
	log = append(log, "var init")
	return true
}

func init() {
	log = append(log, "init 1")
}

func init() {
	log = append(log, "init 2")
}

func main() {
	log = append(log, "main")
	fmt.Println(ready)
	for _, l := range log {
		fmt.Println(l)
	}
}

func init() {
	log = append(log, "init 3")
}
