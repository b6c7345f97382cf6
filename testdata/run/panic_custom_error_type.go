package main

import "fmt"

type OpError struct {
	Op   string
	Code int
}

func (e *OpError) Error() string {
	return fmt.Sprintf("op %s failed with code %d", e.Op, e.Code)
}

func do() error {
	return &OpError{"write", 28}
}

func main() {
	if err := do(); err != nil {
		panic(err)
	}
}
