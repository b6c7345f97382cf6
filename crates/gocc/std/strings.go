// Package strings, the parts written in Go (the rest is the Rust runtime,
// stubs in types::stdlib): functions taking closures and a few simple
// ones. Compiled by gocc from this source (src/stdpkgs.rs).
package strings

import (
	"io"
	"unicode/utf8"
)

func Map(mapping func(rune) rune, s string) string {
	// Go returns s itself when nothing changes.
	changed := false
	for _, c := range s {
		if mapping(c) != c {
			changed = true
			break
		}
	}
	if !changed {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, c := range s {
		r := mapping(c)
		if r >= 0 {
			b = append(b, string(r)...)
		}
	}
	return string(b)
}

func IndexFunc(s string, f func(rune) bool) int {
	for i, c := range s {
		if f(c) {
			return i
		}
	}
	return -1
}

func LastIndexFunc(s string, f func(rune) bool) int {
	last := -1
	for i, c := range s {
		if f(c) {
			last = i
		}
	}
	return last
}

func ContainsFunc(s string, f func(rune) bool) bool {
	return IndexFunc(s, f) >= 0
}

func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, c := range s {
		if !f(c) {
			return s[i:]
		}
	}
	return ""
}

func TrimRightFunc(s string, f func(rune) bool) string {
	for len(s) > 0 {
		r, w := utf8.DecodeLastRuneInString(s)
		if !f(r) {
			break
		}
		s = s[:len(s)-w]
	}
	return s
}

func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

func FieldsFunc(s string, f func(rune) bool) []string {
	var out []string
	start := -1
	for i, c := range s {
		if f(c) {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func LastIndexAny(s, chars string) int {
	last := -1
	for i, c := range s {
		for _, m := range chars {
			if c == m {
				last = i
				break
			}
		}
	}
	return last
}

func SplitAfterN(s, sep string, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		var out []string
		for _, c := range s {
			if n > 0 && len(out) == n-1 {
				break
			}
			out = append(out, string(c))
		}
		used := 0
		for _, p := range out {
			used += len(p)
		}
		if used < len(s) {
			out = append(out, s[used:])
		}
		return out
	}
	var out []string
	for n < 0 || len(out) < n-1 {
		i := Index(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[:i+len(sep)])
		s = s[i+len(sep):]
	}
	return append(out, s)
}

func SplitAfter(s, sep string) []string {
	return SplitAfterN(s, sep, -1)
}

func CutPrefix(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && s[:len(prefix)] == prefix {
		return s[len(prefix):], true
	}
	return s, false
}

func CutSuffix(s, suffix string) (string, bool) {
	if len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix {
		return s[:len(s)-len(suffix)], true
	}
	return s, false
}

// Title upper-cases the first letter of each word (deprecated in Go, but
// common): a word starts after a space or punctuation-like separator.
func Title(s string) string {
	prev := ' '
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if isSeparator(prev) {
			b = append(b, string(toTitle(r))...)
		} else {
			b = append(b, string(r)...)
		}
		prev = r
	}
	return string(b)
}

func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9':
			return false
		case 'a' <= r && r <= 'z':
			return false
		case 'A' <= r && r <= 'Z':
			return false
		case r == '_':
			return false
		}
		return true
	}
	return r == ' ' || r == '\t' || r == '\n' || r == '\u00a0' || r == '\u2028' || r == '\u2029'
}

func toTitle(r rune) rune {
	if 'a' <= r && r <= 'z' {
		return r - 'a' + 'A'
	}
	if r < 0x80 {
		return r
	}
	u := []rune(ToUpper(string(r)))
	if len(u) == 1 {
		return u[0]
	}
	return r
}

func ToTitle(s string) string {
	return Map(toTitle, s)
}

// Replacer: Go's generic algorithm (leftmost match, earlier pairs first at
// equal positions), without its specialised byte replacers.
type Replacer struct {
	oldnew []string
}

func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

func (r *Replacer) Replace(s string) string {
	var b []byte
	changed := false
	last := 0
	for i := 0; i <= len(s); {
		matched := -1
		for k := 0; k < len(r.oldnew); k += 2 {
			old := r.oldnew[k]
			if len(s)-i >= len(old) && s[i:i+len(old)] == old {
				matched = k
				break
			}
		}
		if matched < 0 {
			i++
			continue
		}
		old, nw := r.oldnew[matched], r.oldnew[matched+1]
		b = append(b, s[last:i]...)
		b = append(b, nw...)
		changed = true
		if old != "" {
			i += len(old)
			last = i
			continue
		}
		// An empty old string matches before every rune and at the end.
		if i == len(s) {
			last = i
			break
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		b = append(b, s[i:i+w]...)
		i += w
		last = i
	}
	if !changed {
		return s
	}
	b = append(b, s[last:]...)
	return string(b)
}

func (r *Replacer) WriteString(w interface{ WriteString(string) (int, error) }, s string) (int, error) {
	return w.WriteString(r.Replace(s))
}

// Reader reads from a string (io.Reader, io.ByteReader, io.RuneReader).
type Reader struct {
	s        string
	i        int64
	prevRune int
}

func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return
}

func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return newError("strings.Reader.UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < 0x80 {
		r.i++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += int64(size)
	return
}

func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return newError("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return newError("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }

type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }

func newError(s string) error { return &errorString{s} }
