package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 \t\n_!é日Ⅻ٣ßǅ" {
		fmt.Printf("%q L%v D%v N%v S%v U%v l%v P%v Pr%v G%v C%v -> %q %q %q\n", r,
			unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), unicode.IsPrint(r),
			unicode.IsGraphic(r), unicode.IsControl(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '日'), unicode.Is(unicode.Latin, 'é'), unicode.In('β', unicode.Greek, unicode.Cyrillic))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == '\uFFFD', string(unicode.SimpleFold('A')), string(unicode.SimpleFold('k')))
}
