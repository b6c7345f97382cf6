package main

import (
	"fmt"

	"example.com/excluded/winonly"
)

func main() { fmt.Println(winonly.X) }
