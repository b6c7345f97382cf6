package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

// Is makes any *NotFound match any other, regardless of the key.
func (e *NotFound) Is(target error) bool {
	_, ok := target.(*NotFound)
	return ok
}

type Wrapper struct {
	msg string
	err error
}

func (w Wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w Wrapper) Unwrap() error { return w.err }

func main() {
	err := Wrapper{"outer", Wrapper{"inner", &NotFound{"k1"}}}
	fmt.Println(err)
	fmt.Println(errors.Is(err, &NotFound{"other"}))
	var nf *NotFound
	if errors.As(err, &nf) {
		fmt.Println("as:", nf.Key)
	}
	var w Wrapper
	fmt.Println(errors.As(err, &w), w.msg)
	chain := error(err)
	for chain != nil {
		fmt.Printf("%T\n", chain)
		chain = errors.Unwrap(chain)
	}
}
