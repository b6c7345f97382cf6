package main

import (
	"fmt"

	"example.com/bad/mid"
)

func main() { fmt.Println(mid.Key) }
