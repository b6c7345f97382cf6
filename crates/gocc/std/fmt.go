// Package fmt, the parts written in Go (formatting itself is the Rust
// runtime): Fprint* to any io.Writer, through its Write method (the
// runtime adapter for *os.File). Compiled by gocc from this source
// (src/prelude.rs): `fmt.Fprintf` is `fmt__Fprintf`.

type fmt__writer interface {
	Write(p []byte) (n int, err error)
}

func fmt__Fprint(w fmt__writer, a ...any) (n int, err error) {
	return w.Write([]byte(fmt.Sprint(a...)))
}

func fmt__Fprintln(w fmt__writer, a ...any) (n int, err error) {
	return w.Write([]byte(fmt.Sprintln(a...)))
}

func fmt__Fprintf(w fmt__writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(fmt.Sprintf(format, a...)))
}
