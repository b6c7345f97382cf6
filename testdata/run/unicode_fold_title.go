package main

import (
	"fmt"
	"unicode"
)

// SimpleFold orbits, To, ToTitle, IsTitle, IsMark, IsSymbol.

func main() {
	for _, r := range []rune{'A', 'a', 'K', 'k', '\u212A', 'S', 's', 'ſ', 'Σ', 'σ', 'ς', '1', 'ǅ', -5, 0x10FFFF + 1} {
		orbit := []rune{r}
		for f := unicode.SimpleFold(r); f != r && len(orbit) < 6; f = unicode.SimpleFold(f) {
			orbit = append(orbit, f)
		}
		fmt.Printf("%U %q\n", r, orbit)
	}
	for _, r := range []rune{'ǆ', 'ǅ', 'Ǆ', 'ა', 'ß', 'ﬀ', 'x'} {
		fmt.Printf("%c up=%c low=%c title=%c To=%c,%c,%c IsTitle=%v\n", r,
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r),
			unicode.To(unicode.UpperCase, r), unicode.To(unicode.LowerCase, r), unicode.To(unicode.TitleCase, r),
			unicode.IsTitle(r))
	}
	fmt.Println(unicode.To(unicode.MaxCase, 'a') == unicode.ReplacementChar)
	for _, r := range []rune{'\u0301', '+', '$', '©', 'a', '\u20DD'} {
		fmt.Printf("%U mark=%v symbol=%v graphic=%v print=%v\n", r, unicode.IsMark(r), unicode.IsSymbol(r), unicode.IsGraphic(r), unicode.IsPrint(r))
	}
}
