// Package sync, the parts written in Go (WaitGroup, Mutex and RWMutex are
// the Rust runtime's, runtime/src/sync.rs, declared by stubs in
// types::stdlib and callable here unqualified).
package sync

// Once performs exactly one action. As in gc, Do returns only after f has
// returned (or panicked: f's panic propagates and Once counts as done), and
// a concurrent Do waits for the first to finish.
type Once struct {
	done bool
	m    Mutex
}

func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer o.finish()
		f()
	}
}

func (o *Once) finish() {
	o.done = true
}
