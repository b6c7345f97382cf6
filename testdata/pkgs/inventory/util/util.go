package util

import (
	"fmt"
	"strings"
)

type Pair struct{ A, B int }

func init() {
	fmt.Println("util: init")
}

func Title(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
