// Package errors, the parts written in Go (New is the Rust runtime, whose
// *errors.errorString and fmt.Errorf's *fmt.wrapError carry Unwrap in
// their method tables): Is, Unwrap, Join. Compiled by gocc from this
// source (src/prelude.rs): `errors.Join` is `errors__Join`.

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

// As finds the first error in err's tree whose dynamic type is *target's
// type (runtime errors.asStore) or whose As(any) method says so, and
// stores it in *target.
func errors__As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	errors.asCheck(target)
	return errors__as(err, target)
}

func errors__as(err error, target any) bool {
	for {
		if errors.asStore(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
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
				if err == nil {
					continue
				}
				if errors__as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}
