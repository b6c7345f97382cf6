// String building: strings.Builder, concatenation, strconv formatting,
// strings.Split/Join/Replace/Index over the built text.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	check := 0
	for round := 0; round < 80; round++ {
		var b strings.Builder
		for i := 0; i < 50_000; i++ {
			b.WriteString("item")
			b.WriteString(strconv.Itoa(i * round))
			b.WriteByte(',')
			if i%7 == 0 {
				b.WriteString(strconv.FormatFloat(float64(i)/8, 'f', 3, 64))
				b.WriteByte(';')
			}
		}
		s := b.String()
		parts := strings.Split(s, ",")
		joined := strings.Join(parts[:len(parts)/2], "|")
		replaced := strings.ReplaceAll(joined, "item", "it")
		upper := strings.ToUpper(replaced[:len(replaced)/4])
		check = (check*131 + len(s) + len(parts) + len(replaced) + strings.Count(upper, "IT") +
			strings.Index(s, "item4999"+strconv.Itoa(round))) % 1_000_000_007
		// Small concatenations and conversions.
		acc := ""
		for i := 0; i < 2000; i++ {
			acc += string(rune('a' + i%26))
			if len(acc) > 64 {
				check = (check + int(acc[len(acc)/2])) % 1_000_000_007
				acc = acc[32:]
			}
		}
		n, _ := strconv.Atoi(strconv.Itoa(round * 12345))
		check = (check + n) % 1_000_000_007
	}
	fmt.Println(check)
}
