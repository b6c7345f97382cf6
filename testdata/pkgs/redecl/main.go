package main

import (
	"fmt"

	"example.com/redecl/shapes"
)

func main() { fmt.Println(shapes.Area(2)) }
