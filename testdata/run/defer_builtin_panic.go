package main

import "fmt"

func run() (err string) {
	defer func() {
		r := recover()
		err = fmt.Sprint("recovered: ", r)
	}()
	defer panic("from deferred panic builtin")
	fmt.Println("body")
	return "normal"
}

func main() {
	fmt.Println(run())
}
