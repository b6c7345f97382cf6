package main

import (
	"errors"
	"fmt"
	"runtime"
)

func safely(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case runtime.Error:
			err = fmt.Errorf("runtime: %w", r)
		case error:
			err = fmt.Errorf("error: %w", r)
		default:
			err = fmt.Errorf("value: %v", r)
		}
	}()
	f()
	return nil
}

var errBad = errors.New("bad thing")

func main() {
	var arr []int
	fmt.Println(safely(func() {}))
	fmt.Println(safely(func() { _ = arr[3] }))
	err := safely(func() { panic(errBad) })
	fmt.Println(err, errors.Is(err, errBad))
	fmt.Println(safely(func() { panic(42) }))
	var re runtime.Error
	err = safely(func() { var p *struct{ x int }; p.x = 1 })
	fmt.Println(errors.As(err, &re), err)
}
