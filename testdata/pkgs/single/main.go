package main

import (
	"fmt"

	"example.com/single/u"
)

func main() { fmt.Println(u.Twice(21)) }
