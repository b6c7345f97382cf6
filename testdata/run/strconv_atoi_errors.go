package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"123", "-45", "+7", "", "12a", "99999999999999999999", "0x10", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("  func:", ne.Func, "num:", ne.Num, "err:", ne.Err, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
		}
	}
	fmt.Println(strconv.Itoa(-9876), strconv.Itoa(0))
}
