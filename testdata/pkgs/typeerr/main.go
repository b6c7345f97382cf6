package main

import (
	"fmt"

	"example.com/typeerr/shapes"
)

func main() { fmt.Println(shapes.Area(2)) }
