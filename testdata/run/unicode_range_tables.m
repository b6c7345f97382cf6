unicode_range_tables.go:12:13: ... argument does not escape
unicode_range_tables.go:12:24: unicode.Is(unicode.Han, '日') escapes to heap
unicode_range_tables.go:12:56: unicode.Is(unicode.Han, 'a') escapes to heap
unicode_range_tables.go:12:86: unicode.Is(unicode.Latin, 'é') escapes to heap
unicode_range_tables.go:13:13: ... argument does not escape
unicode_range_tables.go:13:24: unicode.In('β', ... argument...) escapes to heap
unicode_range_tables.go:13:24: ... argument does not escape
unicode_range_tables.go:13:75: unicode.In('ж', ... argument...) escapes to heap
unicode_range_tables.go:13:75: ... argument does not escape
unicode_range_tables.go:13:108: unicode.In('x', nil...) escapes to heap
unicode_range_tables.go:14:13: ... argument does not escape
unicode_range_tables.go:14:29: unicode.IsOneOf([]*unicode.RangeTable{...}, '7') escapes to heap
unicode_range_tables.go:14:51: []*unicode.RangeTable{...} does not escape
unicode_range_tables.go:15:26: []rune{...} does not escape
unicode_range_tables.go:16:13: ... argument does not escape
unicode_range_tables.go:16:81: r escapes to heap
unicode_range_tables.go:17:14: unicode.Is(unicode.L, r) escapes to heap
unicode_range_tables.go:17:40: unicode.Is(unicode.Lu, r) escapes to heap
unicode_range_tables.go:17:67: unicode.Is(unicode.Ll, r) escapes to heap
unicode_range_tables.go:18:14: unicode.Is(unicode.Nd, r) escapes to heap
unicode_range_tables.go:18:41: unicode.Is(unicode.Sc, r) escapes to heap
unicode_range_tables.go:18:68: unicode.Is(unicode.Cf, r) escapes to heap
unicode_range_tables.go:19:14: unicode.Is(unicode.So, r) escapes to heap
unicode_range_tables.go:19:41: unicode.Is(unicode.Han, r) escapes to heap
unicode_range_tables.go:19:69: unicode.Is(unicode.Hex_Digit, r) escapes to heap
unicode_range_tables.go:20:14: unicode.Is(unicode.White_Space, r) escapes to heap
unicode_range_tables.go:20:50: unicode.Is(unicode.Dash, r) escapes to heap
unicode_range_tables.go:22:13: ... argument does not escape
unicode_range_tables.go:22:28: unicode.Upper == unicode.Lu escapes to heap
unicode_range_tables.go:22:58: unicode.Letter == unicode.L escapes to heap
unicode_range_tables.go:22:86: unicode.Digit == unicode.Nd escapes to heap
unicode_range_tables.go:22:115: unicode.STerm == unicode.Sentence_Terminal escapes to heap
unicode_range_tables.go:23:13: ... argument does not escape
unicode_range_tables.go:23:17: len(unicode.Latin.R16) escapes to heap
unicode_range_tables.go:23:41: len(unicode.Latin.R32) escapes to heap
unicode_range_tables.go:23:75: unicode.Latin.LatinOffset escapes to heap
unicode_range_tables.go:24:13: ... argument does not escape
unicode_range_tables.go:24:28: unicode.Lu.R16[0] escapes to heap
unicode_range_tables.go:24:47: unicode.Lu.R16[len(unicode.Lu.R16) - 1] escapes to heap
unicode_range_tables.go:24:86: unicode.Lu.R32[0] escapes to heap
unicode_range_tables.go:25:12: &unicode.RangeTable{...} does not escape
unicode_range_tables.go:26:25: []unicode.Range16{...} does not escape
unicode_range_tables.go:27:25: []unicode.Range32{...} does not escape
unicode_range_tables.go:30:12: ... argument does not escape
unicode_range_tables.go:30:23: unicode.Is(vowels, r) escapes to heap
unicode_range_tables.go:30:36: " " escapes to heap
unicode_range_tables.go:35:16: ... argument does not escape
unicode_range_tables.go:39:13: ... argument does not escape
unicode_range_tables.go:39:14: count escapes to heap
