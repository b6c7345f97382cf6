package main

import (
	"fmt"

	tool "example.com/program/cmd/tool"
)

func main() { fmt.Println(tool.X) }
