// Package strconv, the parts written in Go (parsing and formatting are the
// Rust runtime, reached through the program's import of strconv): the
// Append* functions, Unquote and UnquoteChar. Compiled by gocc from this
// source (src/prelude.rs): `strconv.Unquote` is `Unquote`.
package strconv

import (
	"errors"
	"unicode/utf8"
)

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func AppendQuote(dst []byte, s string) []byte {
	return append(dst, Quote(s)...)
}

func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, QuoteRune(r)...)
}

func unhex(b byte) (rune, bool) {
	c := rune(b)
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// UnquoteChar decodes the first character or escape of s (Go's rules).
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= 0x80:
		for i, r := range s {
			_ = i
			w := len(string(r))
			if r == '\uFFFD' && !(len(s) >= 3 && s[:3] == "\uFFFD") {
				w = 1
			}
			return r, true, s[w:], nil
		}
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		return 0, false, "", ErrSyntax
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 0
		switch c {
		case 'x':
			n = 2
		case 'u':
			n = 4
		case 'U':
			n = 8
		}
		var v rune
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			value = v
			break
		}
		if !(0 <= v && v < 0xD800 || 0xDFFF < v && v <= 0x10FFFF) {
			return 0, false, "", ErrSyntax
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				return 0, false, "", ErrSyntax
			}
			v = (v << 3) | x
		}
		s = s[2:]
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		value = rune(c)
	default:
		return 0, false, "", ErrSyntax
	}
	tail = s
	return
}

// Unquote interprets s as a single-quoted, double-quoted or backquoted Go
// string literal and returns the string value it quotes.
func Unquote(s string) (string, error) {
	n := len(s)
	if n < 2 {
		return "", ErrSyntax
	}
	quote := s[0]
	if quote != s[n-1] {
		return "", ErrSyntax
	}
	s = s[1 : n-1]
	switch quote {
	case '`':
		for i := 0; i < len(s); i++ {
			if s[i] == '`' {
				return "", ErrSyntax
			}
		}
		b := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			if s[i] != '\r' {
				b = append(b, s[i])
			}
		}
		return string(b), nil
	case '"', '\'':
	default:
		return "", ErrSyntax
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return "", ErrSyntax
		}
	}
	var buf []byte
	for len(s) > 0 {
		c, multibyte, ss, err := UnquoteChar(s, quote)
		if err != nil {
			return "", err
		}
		s = ss
		if c < 0x80 || !multibyte {
			buf = append(buf, byte(c))
		} else {
			buf = append(buf, string(c)...)
		}
		if quote == '\'' {
			if len(s) != 0 {
				return "", ErrSyntax
			}
			break
		}
	}
	if quote == '\'' && len(buf) == 0 {
		return "", ErrSyntax
	}
	return string(buf), nil
}

// A NumError records a failed conversion (gc's type: Func is the failing
// function, Num its input, Err ErrSyntax, ErrRange or a base/bit size
// error). The parsing itself is the runtime's (strconv.rtParse*), which
// returns the value gc returns with the error and a failure code.
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// numError turns a runtime failure code (runtime/src/strconv/parse.rs)
// into gc's *NumError.
func numError(fn, s string, code, base, bitSize int) error {
	var err error
	switch code {
	case 1:
		err = ErrSyntax
	case 2:
		err = ErrRange
	case 3:
		err = errors.New("invalid base " + Itoa(base))
	default:
		err = errors.New("invalid bit size " + Itoa(bitSize))
	}
	return &NumError{fn, s, err}
}

func Atoi(s string) (int, error) {
	v, code := rtParseInt(s, 10, 0)
	if code != 0 {
		return int(v), numError("Atoi", s, code, 10, 0)
	}
	return int(v), nil
}

func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	v, code := rtParseInt(s, base, bitSize)
	if code != 0 {
		return v, numError("ParseInt", s, code, base, bitSize)
	}
	return v, nil
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code := rtParseUint(s, base, bitSize)
	if code != 0 {
		return v, numError("ParseUint", s, code, base, bitSize)
	}
	return v, nil
}

func ParseBool(str string) (bool, error) {
	v, code := rtParseBool(str)
	if code != 0 {
		return false, numError("ParseBool", str, code, 0, 0)
	}
	return v, nil
}

func ParseFloat(s string, bitSize int) (float64, error) {
	v, code := rtParseFloat(s, bitSize)
	if code != 0 {
		return v, numError("ParseFloat", s, code, 0, bitSize)
	}
	return v, nil
}

// CanBackquote reports whether s can be a raw string literal unchanged:
// one line, no control characters other than tab, no backquote, valid
// UTF-8 without a byte order mark.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, wid := utf8.DecodeRuneInString(s)
		s = s[wid:]
		if wid > 1 {
			if r == '\ufeff' {
				return false
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}
