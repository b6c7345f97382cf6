package main

import (
	"errors"
	"fmt"
	"strconv"
)

// *strconv.NumError: fields, Error text, Unwrap, errors.Is/As, type
// assertions, for every parsing function and failure reason.

func show(err error) {
	if err == nil {
		fmt.Println("  ok")
		return
	}
	ne, ok := err.(*strconv.NumError)
	fmt.Printf("  %T %v\n", err, ok)
	fmt.Printf("  Func=%s Num=%q Err=%v (%T)\n", ne.Func, ne.Num, ne.Err, ne.Err)
	fmt.Println("  ", err, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange), errors.Unwrap(err) == ne.Err)
}

func main() {
	_, err := strconv.ParseInt("12", 1, 64)
	show(err)
	_, err = strconv.ParseInt("12", 37, 64)
	show(err)
	_, err = strconv.ParseInt("12", 10, 65)
	show(err)
	_, err = strconv.ParseInt("-129", 10, 8)
	show(err)
	_, err = strconv.ParseUint("-1", 10, 64)
	show(err)
	_, err = strconv.ParseUint("256", 0, 8)
	show(err)
	_, err = strconv.ParseBool("maybe")
	show(err)
	_, err = strconv.ParseFloat("1e999", 64)
	show(err)
	_, err = strconv.ParseFloat("1.5x", 32)
	show(err)
	_, err = strconv.Atoi("\"quoted\"\n")
	show(err)
	_, err = strconv.Atoi("42")
	show(err)

	var ne *strconv.NumError
	_, err = strconv.Atoi("x")
	wrapped := fmt.Errorf("config: %w", err)
	fmt.Println(errors.As(wrapped, &ne), ne.Func, ne.Num, errors.Is(wrapped, strconv.ErrSyntax))
	e := &strconv.NumError{Func: "Custom", Num: "abc", Err: errors.New("bad")}
	fmt.Println(e, e.Unwrap())
	fmt.Printf("%+v\n", *e)
}
