package main

import (
	"fmt"

	"example.com/bad/lib"
	"example.com/bad/lib/internal/secret"
)

func main() { fmt.Println(lib.Key, secret.Key) }
