package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatInt(math.MinInt64, 10), strconv.FormatInt(35, 36))
	fmt.Println(strconv.FormatUint(math.MaxUint64, 16), strconv.FormatBool(true), strconv.FormatBool(false))
	for _, f := range []float64{0, 1.5, -2.25, 1e21, 1.0 / 3, 123456789.125, math.Inf(1), math.NaN()} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64),
			strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'g', 4, 32))
	}
	fmt.Println(strconv.Quote("hello \"world\"\n\t☺\x00"), strconv.QuoteToASCII("☺é"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)), strconv.AppendQuote(nil, "x"))
}
