package main

import (
	"fmt"
	"sort"
	s "strings"
)

func main() { fmt.Println() }
