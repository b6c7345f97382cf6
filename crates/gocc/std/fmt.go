// Package fmt, the parts written in Go (formatting itself is the Rust
// runtime): Fprint* to any io.Writer, through its Write method (the
// runtime adapter for *os.File). Compiled by gocc from this source
// (src/prelude.rs): `fmt.Fprintf` is `Fprintf`.
package fmt

import "errors"

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
