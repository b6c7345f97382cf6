// Package unicode/utf8, compiled by gocc from this source (see
// src/prelude.rs): `utf8.Name` is `Name`. The constants are stubs
// in types::stdlib.
package utf8

const (
	runeError = '\uFFFD'
	maxRune   = '\U0010FFFF'
	surMin    = 0xD800
	surMax    = 0xDFFF
)

func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surMin <= r && r <= surMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= maxRune:
		return 4
	}
	return -1
}

func ValidRune(r rune) bool {
	return (0 <= r && r < surMin) || (surMax < r && r <= maxRune)
}

// DecodeRuneInString returns the first rune of s and its width; invalid
// encodings give (RuneError, 1) and an empty input (RuneError, 0), as Go's.
func DecodeRuneInString(s string) (rune, int) {
	n := len(s)
	if n < 1 {
		return runeError, 0
	}
	c0 := s[0]
	if c0 < 0x80 {
		return rune(c0), 1
	}
	var size int
	var min rune
	var r rune
	switch {
	case c0&0xE0 == 0xC0:
		size, min, r = 2, 0x80, rune(c0&0x1F)
	case c0&0xF0 == 0xE0:
		size, min, r = 3, 0x800, rune(c0&0x0F)
	case c0&0xF8 == 0xF0:
		size, min, r = 4, 0x10000, rune(c0&0x07)
	default:
		return runeError, 1
	}
	if n < size {
		// Go reports width 1 for a truncated sequence.
		return runeError, 1
	}
	for k := 1; k < size; k++ {
		c := s[k]
		if c&0xC0 != 0x80 {
			return runeError, 1
		}
		r = r<<6 | rune(c&0x3F)
	}
	if r < min || r > maxRune || (surMin <= r && r <= surMax) {
		return runeError, 1
	}
	return r, size
}

func DecodeRune(p []byte) (rune, int) {
	if len(p) > 4 {
		p = p[:4]
	}
	return DecodeRuneInString(string(p))
}

func DecodeLastRuneInString(s string) (rune, int) {
	end := len(s)
	if end == 0 {
		return runeError, 0
	}
	start := end - 1
	if s[start] < 0x80 {
		return rune(s[start]), 1
	}
	lim := end - 4
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if s[start]&0xC0 != 0x80 {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size := DecodeRuneInString(s[start:end])
	if start+size != end {
		return runeError, 1
	}
	return r, size
}

func DecodeLastRune(p []byte) (rune, int) {
	return DecodeLastRuneInString(string(p))
}

func RuneCountInString(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func RuneCount(p []byte) int {
	return RuneCountInString(string(p))
}

func ValidString(s string) bool {
	for i := 0; i < len(s); {
		r, size := DecodeRuneInString(s[i:])
		if r == runeError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

func Valid(p []byte) bool {
	return ValidString(string(p))
}

func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	c0 := s[0]
	need := 1
	switch {
	case c0&0xE0 == 0xC0:
		need = 2
	case c0&0xF0 == 0xE0:
		need = 3
	case c0&0xF8 == 0xF0:
		need = 4
	}
	if len(s) >= need {
		return true
	}
	// A prefix that is already invalid is a full (error) rune.
	for k := 1; k < len(s); k++ {
		if s[k]&0xC0 != 0x80 {
			return true
		}
	}
	return false
}

func FullRune(p []byte) bool {
	return FullRuneInString(string(p))
}

func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

func EncodeRune(p []byte, r rune) int {
	if !ValidRune(r) {
		r = runeError
	}
	switch n := RuneLen(r); n {
	case 1:
		p[0] = byte(r)
		return 1
	case 2:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case 3:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	default:
		_ = p[3]
		p[0] = 0xF0 | byte(r>>18)
		p[1] = 0x80 | byte(r>>12)&0x3F
		p[2] = 0x80 | byte(r>>6)&0x3F
		p[3] = 0x80 | byte(r)&0x3F
		return 4
	}
}

func AppendRune(p []byte, r rune) []byte {
	var buf [4]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}
