// errors.As (with the runtime helpers errors.asCheck and errors.asStore,
// reached through the program's import of errors; the rest of package
// errors is errors.go, which fmt uses too).

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
