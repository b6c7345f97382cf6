// Package unicode, the parts written in Go (the range tables and the
// functions over them are the Rust runtime, runtime/src/unicode.rs). Compiled by
// gocc from this source (src/prelude.rs): `unicode.IsGraphic` is
// `IsGraphic`.
package unicode

// IsControl: the C0 and C1 control characters (Go's Latin-1 properties).
func IsControl(r rune) bool {
	return 0 <= r && r < 0x20 || 0x7F <= r && r <= 0x9F
}
