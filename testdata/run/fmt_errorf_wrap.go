package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type PathErr struct{ Path string }

func (e *PathErr) Error() string { return "bad path " + e.Path }

func main() {
	e1 := fmt.Errorf("lookup %q: %w", "k", ErrNotFound)
	e2 := fmt.Errorf("layer 2: %w", e1)
	fmt.Println(e1)
	fmt.Println(e2)
	fmt.Println(errors.Unwrap(e2) == e1, errors.Unwrap(e1) == ErrNotFound, errors.Unwrap(ErrNotFound))
	fmt.Println(errors.Is(e2, ErrNotFound))
	e3 := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(e3, errors.Is(e3, ErrNotFound), errors.Unwrap(e3) == nil)
	e4 := fmt.Errorf("two: %w and %w", ErrNotFound, &PathErr{"/x"})
	fmt.Println(e4, errors.Is(e4, ErrNotFound))
	var pe *PathErr
	fmt.Println(errors.As(e4, &pe), pe.Path)
	fmt.Printf("%T %T %T\n", e1, e3, e4)
	fmt.Println(fmt.Errorf("bad verb %w", "not an error"))
}
