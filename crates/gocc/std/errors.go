// Package errors, written in Go (As uses two runtime helpers). Compiled
// by gocc from this source (src/prelude.rs): `errors.Join` is
// `errors__Join`. strconv's ErrSyntax/ErrRange remain runtime-made
// *errors.errorString values.

func errors__Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

func errors__Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return errors__is(err, target)
}

func errors__is(err, target error) bool {
	for {
		if err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err != nil && errors__is(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

type errors__joinError struct {
	errs []error
}

func errors__Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &errors__joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

func (e *errors__joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *errors__joinError) Unwrap() []error {
	return e.errs
}

// New is Go too (rather than the runtime's errors.New): its values then
// share their itabs with every other conversion to error in the program,
// so == on errors that went through `any` (fmt.Errorf's %w) holds.
func errors__New(text string) error {
	return &errors__errorString{text}
}

type errors__errorString struct {
	s string
}

func (e *errors__errorString) Error() string { return e.s }
