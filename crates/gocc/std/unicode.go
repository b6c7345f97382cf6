// Package unicode, the parts written in Go (the class tables are the Rust
// runtime, reached through the program's import of unicode). Compiled by
// gocc from this source (src/prelude.rs): `unicode.IsGraphic` is
// `IsGraphic`.
package unicode

// IsControl: the C0 and C1 control characters (Go's Latin-1 properties).
func IsControl(r rune) bool {
	return 0 <= r && r < 0x20 || 0x7F <= r && r <= 0x9F
}

// IsGraphic: IsPrint plus the Zs space separators.
func IsGraphic(r rune) bool {
	if IsPrint(r) {
		return true
	}
	switch {
	case r == 0xA0 || r == 0x1680 || r == 0x202F || r == 0x205F || r == 0x3000:
		return true
	case 0x2000 <= r && r <= 0x200A:
		return true
	}
	return false
}

// ToTitle: the upper case except for the digraphs that have a distinct
// title case.
func ToTitle(r rune) rune {
	switch {
	case 0x1C4 <= r && r <= 0x1C6:
		return 0x1C5
	case 0x1C7 <= r && r <= 0x1C9:
		return 0x1C8
	case 0x1CA <= r && r <= 0x1CC:
		return 0x1CB
	case 0x1F1 <= r && r <= 0x1F3:
		return 0x1F2
	}
	return ToUpper(r)
}
