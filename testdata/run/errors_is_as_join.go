package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("error A")
var ErrB = errors.New("error B")

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	j := errors.Join(ErrA, nil, CodeErr{7})
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB))
	var ce CodeErr
	fmt.Println(errors.As(j, &ce), ce.Code)
	fmt.Println(errors.Join(nil, nil) == nil, errors.Unwrap(j) == nil)
	w := fmt.Errorf("ctx: %w", j)
	fmt.Println(w, errors.Is(w, ErrA))
	fmt.Println(ErrA == errors.New("error A"), errors.Is(ErrA, errors.New("error A")))
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, ErrA), errors.Is(ErrA, nil))
}
