package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

// Sentinel errors the runtime makes (io.EOF, strconv.ErrRange/ErrSyntax)
// keep their identity through interfaces: wrapping, unwrapping, any
// conversions and panics.

func main() {
	w := fmt.Errorf("read: %w", io.EOF)
	u := errors.Unwrap(w)
	fmt.Println(u, u == io.EOF, errors.Is(w, io.EOF), errors.Is(w, strconv.ErrRange))
	var a any = io.EOF
	e, ok := a.(error)
	fmt.Println(ok, e == io.EOF, a == any(io.EOF))
	_, err := strconv.Atoi("99999999999999999999")
	w2 := fmt.Errorf("parse: %w", err)
	fmt.Println(w2, errors.Is(w2, strconv.ErrRange), errors.Is(w2, strconv.ErrSyntax))
	j := errors.Join(io.EOF, strconv.ErrSyntax)
	fmt.Println(errors.Is(j, io.EOF), errors.Is(j, strconv.ErrSyntax), errors.Is(j, strconv.ErrRange))
	func() {
		defer func() {
			r := recover()
			e, ok := r.(error)
			fmt.Println(ok, e == io.EOF, r == any(io.EOF), errors.Is(e, io.EOF))
		}()
		panic(io.EOF)
	}()
	errs := map[error]string{io.EOF: "eof", strconv.ErrRange: "range"}
	fmt.Println(errs[u], errs[errors.Unwrap(errors.Unwrap(w2))])
}
