package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprint("myerr ", e.code) }

var sentinel = errors.New("sentinel")

func catch(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	r := catch(func() { panic(MyErr{5}) })
	if e, ok := r.(MyErr); ok {
		fmt.Println("MyErr with code", e.code)
	}
	r = catch(func() { panic(sentinel) })
	fmt.Println(r == sentinel, r.(error) == sentinel)
	r = catch(func() { panic(fmt.Errorf("ctx: %w", sentinel)) })
	fmt.Println(errors.Is(r.(error), sentinel), r)
	r = catch(func() {})
	fmt.Println(r == nil)
}
