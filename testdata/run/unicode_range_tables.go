package main

import (
	"fmt"
	"unicode"
)

// *unicode.RangeTable values: Is, In, IsOneOf over categories, scripts,
// properties and user-built tables (R16/R32, strides).

func main() {
	fmt.Println(unicode.Is(unicode.Han, '日'), unicode.Is(unicode.Han, 'a'), unicode.Is(unicode.Latin, 'é'))
	fmt.Println(unicode.In('β', unicode.Greek, unicode.Cyrillic), unicode.In('ж', unicode.Greek), unicode.In('x'))
	fmt.Println(unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Letter}, '7'))
	for _, r := range []rune{'A', 'a', 'Ā', 'ā', '٣', '€', '\u00ad', '\U0001F600', '\U00020000', -1, 0x110000} {
		fmt.Printf("%U L%v Lu%v Ll%v Nd%v Sc%v Cf%v So%v Hani%v Hex%v WS%v Dash%v\n", r,
			unicode.Is(unicode.L, r), unicode.Is(unicode.Lu, r), unicode.Is(unicode.Ll, r),
			unicode.Is(unicode.Nd, r), unicode.Is(unicode.Sc, r), unicode.Is(unicode.Cf, r),
			unicode.Is(unicode.So, r), unicode.Is(unicode.Han, r), unicode.Is(unicode.Hex_Digit, r),
			unicode.Is(unicode.White_Space, r), unicode.Is(unicode.Dash, r))
	}
	fmt.Println(unicode.Upper == unicode.Lu, unicode.Letter == unicode.L, unicode.Digit == unicode.Nd, unicode.STerm == unicode.Sentence_Terminal)
	fmt.Println(len(unicode.Latin.R16), len(unicode.Latin.R32), unicode.Latin.LatinOffset)
	fmt.Println(unicode.Lu.R16[0], unicode.Lu.R16[len(unicode.Lu.R16)-1], unicode.Lu.R32[0])
	vowels := &unicode.RangeTable{
		R16: []unicode.Range16{{Lo: 'a', Hi: 'a', Stride: 1}, {Lo: 'e', Hi: 'i', Stride: 4}, {Lo: 'o', Hi: 'u', Stride: 6}},
		R32: []unicode.Range32{{Lo: 0x1F600, Hi: 0x1F608, Stride: 2}},
	}
	for _, r := range "abeiouxy\U0001F600\U0001F601\U0001F608" {
		fmt.Print(unicode.Is(vowels, r), " ")
	}
	fmt.Println()
	count := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.In(r, unicode.Greek, unicode.Cyrillic, unicode.Arabic) {
			count++
		}
	}
	fmt.Println(count)
}
