package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func main() {
	err := fmt.Errorf("loading %q (attempt %d): %w", "cfg.json", 3, ErrBase)
	fmt.Println(errors.Is(err, ErrBase))
	panic(err)
}
