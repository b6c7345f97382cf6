package main

import (
	"errors"
	"fmt"
)

type Code int

func main() {
	defer func() {
		panic(errors.New("error in defer"))
	}()
	defer func() {
		panic(Code(7))
	}()
	fmt.Println("start")
	panic(fmt.Errorf("wrapped: %w", errors.New("root")))
}
