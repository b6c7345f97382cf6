// Package fmt, the parts written in Go (formatting itself is the Rust
// runtime): Fprint* to any io.Writer, through its Write method (the
// runtime adapter for *os.File). Compiled by gocc from this source
// (src/prelude.rs): `fmt.Fprintf` is `Fprintf`.
package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
	"unicode/utf8"
)

type writer interface {
	Write(p []byte) (n int, err error)
}

func Fprint(w writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

func Fprintln(w writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

func Fprintf(w writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Errorf formats like Sprintf (the runtime formats %w like %v) and wraps
// the error operands of %w verbs: one gives a *fmt.wrapError, several a
// *fmt.wrapErrors, none an *errors.errorString, as Go's.
func Errorf(format string, a ...any) error {
	var wrapped []int
	// The format with %w of error operands turned into %v (the runtime's
	// Sprintf reports %w as a bad verb, as Go's Sprintf does).
	f := []byte(format)
	argNum := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		// Flags.
		for i < len(format) && (format[i] == '+' || format[i] == '-' || format[i] == '#' || format[i] == ' ' || format[i] == '0') {
			i++
		}
		argNum, i = argIndex(format, i, argNum)
		// Width.
		if i < len(format) && format[i] == '*' {
			i++
			argNum++
		} else {
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				i++
			}
		}
		// Precision.
		if i < len(format) && format[i] == '.' {
			i++
			argNum, i = argIndex(format, i, argNum)
			if i < len(format) && format[i] == '*' {
				i++
				argNum++
			} else {
				for i < len(format) && format[i] >= '0' && format[i] <= '9' {
					i++
				}
			}
		}
		argNum, i = argIndex(format, i, argNum)
		if i >= len(format) {
			break
		}
		c := format[i]
		if c == '%' {
			continue
		}
		if c == 'w' && argNum < len(a) {
			if _, ok := a[argNum].(error); ok {
				f[i] = 'v'
				dup := false
				for _, k := range wrapped {
					if k == argNum {
						dup = true
					}
				}
				if !dup {
					wrapped = append(wrapped, argNum)
				}
			}
		}
		argNum++
	}
	s := Sprintf(string(f), a...)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		return &wrapError{s, a[wrapped[0]].(error)}
	}
	// Go sorts the operand indexes.
	for i := 1; i < len(wrapped); i++ {
		for j := i; j > 0 && wrapped[j] < wrapped[j-1]; j-- {
			wrapped[j], wrapped[j-1] = wrapped[j-1], wrapped[j]
		}
	}
	errs := make([]error, len(wrapped))
	for i, k := range wrapped {
		errs[i] = a[k].(error)
	}
	return &wrapErrors{s, errs}
}

// argIndex parses an explicit argument index `[n]` at format[i:].
func argIndex(format string, i, argNum int) (int, int) {
	if i >= len(format) || format[i] != '[' {
		return argNum, i
	}
	n := 0
	j := i + 1
	for j < len(format) && format[j] >= '0' && format[j] <= '9' {
		n = n*10 + int(format[j]-'0')
		j++
	}
	if j < len(format) && format[j] == ']' && j > i+1 {
		return n - 1, j + 1
	}
	return argNum, i
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }

// catcher is how the runtime's printer calls an operand's Error, String,
// GoString or Format method (runtime/src/fmt/methods.rs): it fills a
// catcher and calls its String method, which makes the call under a
// deferred recover, so a panicking method is recovered here, in Go, and
// the printer's Rust frames are never unwound. The printer then writes
// gc's `%!v(PANIC=String method: ...)`. Field order is the runtime's
// layout.
type catcher struct {
	arg    any
	pval   any // the recovered panic value
	method int // 0 Error, 1 String, 2 GoString, 3 Format
	verb   rune
	wid    int // -1: none
	prec   int // -1: none
	flags  string
	state  int // 0 the operand lacks the method, 1 called, 2 panicked
	buf    []byte
}

func (c *catcher) String() string {
	defer func() {
		if r := recover(); r != nil {
			c.pval = r
			c.state = 2
		}
	}()
	c.state = 1
	switch c.method {
	case 0:
		if x, ok := c.arg.(error); ok {
			return x.Error()
		}
	case 1:
		if x, ok := c.arg.(Stringer); ok {
			return x.String()
		}
	case 2:
		if x, ok := c.arg.(GoStringer); ok {
			return x.GoString()
		}
	case 3:
		if x, ok := c.arg.(Formatter); ok {
			x.Format(c, c.verb)
			return ""
		}
	}
	c.state = 0
	return ""
}

// The fmt.State a Format method receives.

func (c *catcher) Write(b []byte) (n int, err error) {
	c.buf = append(c.buf, b...)
	return len(b), nil
}

func (c *catcher) WriteString(s string) (n int, err error) {
	c.buf = append(c.buf, s...)
	return len(s), nil
}

func (c *catcher) Width() (wid int, ok bool) {
	if c.wid < 0 {
		return 0, false
	}
	return c.wid, true
}

func (c *catcher) Precision() (prec int, ok bool) {
	if c.prec < 0 {
		return 0, false
	}
	return c.prec, true
}

func (c *catcher) Flag(b int) bool {
	for i := 0; i < len(c.flags); i++ {
		if int(c.flags[i]) == b {
			return true
		}
	}
	return false
}

var catcherSet = setCatcher(&catcher{})

// Scanning (gc's fmt/scan.go rules for the %v verb): Scan, Scanln,
// Sscan, Sscanln, Fscan, Fscanln into pointers to the basic types.
// Input is read one rune at a time; a reader that is not a RuneScanner
// (os.Stdin) loses the rune after each token, as in Go.

type runeScanner interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
}

// eofRune marks the end of the input.
const eofRune = -1

// scanError carries a scanning error through panic to doScan.
type scanError struct{ err error }

type scanState struct {
	rs        runeScanner // the input, when it can unread
	r         io.Reader
	str       string // Sscan's input (when fromStr), read from pos
	fromStr   bool
	pos       int
	pending   rune // an unread rune of r (-2: none)
	last      rune // the rune getRune returned last (eofRune after unread)
	lastSize  int
	nlIsSpace bool
	nlIsEnd   bool
	buf       []byte
}

func newScanState(r io.Reader, nlIsSpace, nlIsEnd bool) *scanState {
	s := &scanState{r: r, pending: -2, nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd}
	if rs, ok := r.(runeScanner); ok {
		s.rs = rs
	}
	return s
}

func (s *scanState) readByte() (byte, bool) {
	var b [1]byte
	for {
		n, err := s.r.Read(b[:])
		if n == 1 {
			return b[0], true
		}
		if err == io.EOF {
			return 0, false
		}
		if err != nil {
			panic(scanError{err})
		}
	}
}

func (s *scanState) getRune() rune {
	if s.fromStr {
		if s.pos >= len(s.str) {
			s.last = eofRune
			return eofRune
		}
		r, n := utf8.DecodeRuneInString(s.str[s.pos:])
		s.pos += n
		s.last, s.lastSize = r, n
		return r
	}
	if s.rs != nil {
		r, _, err := s.rs.ReadRune()
		if err != nil {
			if err == io.EOF {
				s.last = eofRune
				return eofRune
			}
			panic(scanError{err})
		}
		s.last = r
		return r
	}
	if s.pending != -2 {
		r := s.pending
		s.pending = -2
		s.last = r
		return r
	}
	b, ok := s.readByte()
	if !ok {
		s.last = eofRune
		return eofRune
	}
	if b < utf8.RuneSelf {
		s.last = rune(b)
		return rune(b)
	}
	p := []byte{b}
	for !utf8.FullRune(p) {
		c, ok := s.readByte()
		if !ok {
			break
		}
		p = append(p, c)
	}
	r, _ := utf8.DecodeRune(p)
	s.last = r
	return r
}

// unread puts back the rune getRune returned last.
func (s *scanState) unread() {
	if s.last == eofRune {
		return
	}
	switch {
	case s.fromStr:
		s.pos -= s.lastSize
	case s.rs != nil:
		s.rs.UnreadRune()
	default:
		s.pending = s.last
	}
	s.last = eofRune
}

func (s *scanState) errorString(msg string) {
	panic(scanError{errors.New(msg)})
}

func scanIsSpace(r rune) bool {
	switch {
	case r == ' ' || r >= '\t' && r <= '\r' || r == 0x85 || r == 0xA0 || r == 0x1680:
		return true
	case r >= 0x2000 && r <= 0x200A || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000:
		return true
	}
	return false
}

func (s *scanState) skipSpace() {
	for {
		r := s.getRune()
		if r == eofRune {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.errorString("unexpected newline")
			return
		}
		if !scanIsSpace(r) {
			s.unread()
			return
		}
	}
}

// notEOF panics with io.EOF at the end of the input.
func (s *scanState) notEOF() {
	if r := s.getRune(); r == eofRune {
		panic(io.EOF)
	}
	s.unread()
}

func (s *scanState) peek(ok string) bool {
	r := s.getRune()
	if r != eofRune {
		s.unread()
	}
	return scanIndexRune(ok, r) >= 0
}

func scanIndexRune(set string, r rune) int {
	for i, c := range set {
		if c == r {
			return i
		}
	}
	return -1
}

// accept appends the next rune to the token if it is in ok.
func (s *scanState) accept(ok string) bool {
	r := s.getRune()
	if r == eofRune {
		return false
	}
	if scanIndexRune(ok, r) >= 0 {
		s.buf = utf8.AppendRune(s.buf, r)
		return true
	}
	s.unread()
	return false
}

func (s *scanState) token() string {
	s.skipSpace()
	s.notEOF()
	s.buf = s.buf[:0]
	for {
		r := s.getRune()
		if r == eofRune {
			break
		}
		if scanIsSpace(r) {
			s.unread()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return string(s.buf)
}

const (
	scanDecimal = "0123456789_"
	scanOctal   = "01234567_"
	scanHex     = "0123456789aAbBcCdDeEfF_"
	scanBinary  = "01_"
)

func (s *scanState) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.errorString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

// scanBasePrefix reads a 0, 0b, 0o or 0x prefix (base 0: ParseInt reads
// the prefix again).
func (s *scanState) scanBasePrefix() (digits string, zeroFound bool) {
	if !s.peek("0") {
		return scanDecimal, false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.accept("bB")
		return scanBinary, true
	case s.peek("oO"):
		s.accept("oO")
		return scanOctal, true
	case s.peek("xX"):
		s.accept("xX")
		return scanHex, true
	}
	return scanOctal, true
}

// intDigits: the base and digits of an integer verb (%v reads a prefix).
func (s *scanState) intDigits(verb rune) (base int, digits string, haveDigits bool) {
	switch verb {
	case 'b':
		return 2, scanBinary, false
	case 'o':
		return 8, scanOctal, false
	case 'x', 'X':
		return 16, scanHex, false
	case 'd':
		return 10, scanDecimal, false
	}
	digits, haveDigits = s.scanBasePrefix()
	return 0, digits, haveDigits
}

func (s *scanState) okVerb(verb rune, okVerbs, typ string) {
	if scanIndexRune(okVerbs, verb) < 0 {
		s.errorString("bad verb '%" + string(verb) + "' for " + typ)
	}
}

// scanRune reads one rune for %c (no space is skipped).
func (s *scanState) scanRune(bitSize int) int64 {
	s.notEOF()
	r := s.getRune()
	n := uint(bitSize)
	x := (int64(r) << (64 - n)) >> (64 - n)
	if x != int64(r) {
		s.errorString("overflow on character value " + string(r))
	}
	return int64(r)
}

func (s *scanState) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.skipSpace()
	s.notEOF()
	s.okVerb(verb, "bdoUxXv", "integer")
	s.buf = s.buf[:0]
	s.accept("+-")
	base, digits, haveDigits := s.intDigits(verb)
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		panic(scanError{err})
	}
	n := uint(bitSize)
	if x := (i << (64 - n)) >> (64 - n); x != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

func (s *scanState) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.skipSpace()
	s.notEOF()
	s.okVerb(verb, "bdoUxXv", "unsigned integer")
	s.buf = s.buf[:0]
	base, digits, haveDigits := s.intDigits(verb)
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		panic(scanError{err})
	}
	n := uint(bitSize)
	if x := (i << (64 - n)) >> (64 - n); x != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

// floatToken reads the longest prefix that looks like a float.
func (s *scanState) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept("+-")
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits, exp := scanDecimal, "eEpP"
	if s.accept("0") && s.accept("xX") {
		digits, exp = scanHex, "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept("+-")
		for s.accept(scanDecimal) {
		}
	}
	return string(s.buf)
}

func (s *scanState) convertFloat(tok string, bitSize int) float64 {
	f, err := strconv.ParseFloat(tok, bitSize)
	if err != nil {
		panic(scanError{err})
	}
	return f
}

func (s *scanState) scanFloat(bitSize int) float64 {
	s.skipSpace()
	s.notEOF()
	return s.convertFloat(s.floatToken(), bitSize)
}

// scanComplex reads `(re±imi)` (parentheses optional).
func (s *scanState) scanComplex(bitSize int) complex128 {
	s.skipSpace()
	s.notEOF()
	bad := scanError{errors.New("syntax error scanning complex number")}
	s.buf = s.buf[:0]
	parens := s.accept("(")
	re := s.floatToken()
	s.buf = s.buf[:0]
	if !s.accept("+-") {
		panic(bad)
	}
	sign := string(s.buf)
	im := s.floatToken()
	if !s.accept("i") {
		panic(bad)
	}
	if parens && !s.accept(")") {
		panic(bad)
	}
	return complex(s.convertFloat(re, bitSize), s.convertFloat(sign+im, bitSize))
}

func (s *scanState) scanBool() bool {
	s.skipSpace()
	s.notEOF()
	s.buf = s.buf[:0]
	bad := errors.New("syntax error scanning boolean")
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			panic(scanError{bad})
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			panic(scanError{bad})
		}
		return false
	}
	return false
}

func (s *scanState) scanOne(verb rune, arg any) {
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool()
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		*v = float32(s.scanFloat(32))
	case *float64:
		*v = s.scanFloat(64)
	case *complex64:
		*v = complex64(s.scanComplex(32))
	case *complex128:
		*v = s.scanComplex(64)
	case *string:
		s.okVerb(verb, "svqxX", "string")
		*v = s.token()
	case *[]byte:
		s.okVerb(verb, "svqxX", "slice")
		*v = []byte(s.token())
	default:
		s.errorString("can't scan type: " + Sprintf("%T", arg))
	}
}

func (s *scanState) doScan(a []any) (n int, err error) {
	defer func() {
		if e := recover(); e != nil {
			// (io.EOF compared as an interface value: the runtime makes it)
			if se, ok := e.(scanError); ok {
				err = se.err
			} else if e == any(io.EOF) {
				err = io.EOF
			} else {
				panic(e)
			}
		}
	}()
	for _, arg := range a {
		s.scanOne('v', arg)
		n++
	}
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == eofRune {
				break
			}
			if !scanIsSpace(r) {
				s.errorString("expected newline")
				break
			}
		}
	}
	return
}

// Scan reads space-separated values (newlines count as space) from
// standard input into the operands.
func Scan(a ...any) (n int, err error) {
	return Fscan(os.Stdin, a...)
}

// Scanln is like Scan but stops at a newline, which must follow the last
// operand.
func Scanln(a ...any) (n int, err error) {
	return Fscanln(os.Stdin, a...)
}

func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanState(r, true, false).doScan(a)
}

func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanState(r, false, true).doScan(a)
}

func Sscan(str string, a ...any) (n int, err error) {
	s := &scanState{str: str, fromStr: true, pending: -2, nlIsSpace: true}
	return s.doScan(a)
}

func Sscanln(str string, a ...any) (n int, err error) {
	s := &scanState{str: str, fromStr: true, pending: -2, nlIsEnd: true}
	return s.doScan(a)
}

// advance matches the literal text at the start of format against the
// input (gc's rules: spaces match zero or more spaces, newlines must
// match newlines, %% a percent sign); it returns how much of format it
// consumed, 0 at a verb, -1 when the input does not match.
func (s *scanState) advance(format string) (i int) {
	for i < len(format) {
		fc, w := utf8.DecodeRuneInString(format[i:])
		if scanIsSpace(fc) {
			newlines, trailing := 0, false
			for i < len(format) && scanIsSpace(fc) {
				if fc == '\n' {
					newlines++
					trailing = false
				} else {
					trailing = true
				}
				i += w
				fc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				c := s.getRune()
				for scanIsSpace(c) && c != '\n' {
					c = s.getRune()
				}
				if c != '\n' && c != eofRune {
					s.errorString("newline in format does not match input")
				}
			}
			if trailing {
				c := s.getRune()
				if newlines == 0 {
					if !scanIsSpace(c) && c != eofRune {
						s.errorString("expected space in input to match format")
					}
					if c == '\n' {
						s.errorString("newline in input does not match format")
					}
				}
				for scanIsSpace(c) && c != '\n' {
					c = s.getRune()
				}
				if c != eofRune {
					s.unread()
				}
			}
			continue
		}
		if fc == '%' {
			if i+w == len(format) {
				s.errorString("missing verb: % at end of format string")
			}
			if next, _ := utf8.DecodeRuneInString(format[i+w:]); next != '%' {
				return
			}
			i += w
		}
		c := s.getRune()
		if c == eofRune {
			s.errorString("unexpected EOF")
		}
		if c != fc {
			s.unread()
			return -1
		}
		i += w
	}
	return
}

func (s *scanState) doScanf(format string, a []any) (n int, err error) {
	defer func() {
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				err = se.err
			} else if e == any(io.EOF) {
				err = io.EOF
			} else {
				panic(e)
			}
		}
	}()
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.errorString("input does not match format")
			}
			break
		}
		i++
		// A width is accepted (and not enforced).
		for i <= end && format[i] >= '0' && format[i] <= '9' {
			i++
		}
		c, cw := utf8.DecodeRuneInString(format[i:])
		i += cw
		if c != 'c' {
			s.skipSpace()
		}
		if c == '%' {
			s.skipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.errorString("missing literal %")
			}
			continue
		}
		if n >= len(a) {
			s.errorString("too few operands for format '%" + format[i-cw:] + "'")
			break
		}
		s.scanOne(c, a[n])
		n++
	}
	if n < len(a) {
		s.errorString("too many operands")
	}
	return
}

// Scanf scans standard input as the format says; newlines in the input
// must match newlines in the format.
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanState(r, false, false).doScanf(format, a)
}

func Sscanf(str string, format string, a ...any) (n int, err error) {
	s := &scanState{str: str, fromStr: true, pending: -2}
	return s.doScanf(format, a)
}
