package main

// A fatal error (unlock of an unlocked mutex) raised by a deferred call
// while panicking: gc prints the pending panics first, without calling
// their Error methods, then the fatal error indented like a later panic.

import (
	"errors"
	"sync"
)

type E struct{}

func (E) Error() string { return "E!" }

func main() {
	var mu sync.Mutex
	defer mu.Unlock()
	defer func() { panic(E{}) }()
	defer func() { panic(recover()) }()
	panic(errors.New("boom"))
}
