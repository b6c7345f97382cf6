package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("about to panic with an error value")
	panic(errors.New("something went wrong"))
}
