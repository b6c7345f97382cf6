package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var b strings.Builder
	b.WriteString("x")
	n, err := strconv.Atoi("12")
	fmt.Println(b.String(), b.Len(), n, err, strings.Split("a,b", ","), strconv.Itoa(3))
	var s string = strconv.Quote(1)
	_ = s
}
