// Timers, tickers and AfterFunc (gc's time/sleep.go and tick.go, Go 1.23
// semantics), a continuation of time.go (no package clause). The runtime
// half is runtime/src/timer.rs; the types Timer, Ticker (each with its
// runtime part rtimer, as in gc) and the runtime's entry points are
// declared in crates/types/src/stdlib.rs.

// when is the runtimeNano reading d from now (gc's when): at once for
// d <= 0, never later than the clock can say.
func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		t = 1<<63 - 1 // math.MaxInt64
	}
	return t
}

// sendTime sends the time the timer was due (gc: Now() less the delay in
// running it) on c unless a value is already waiting there.
func sendTime(c chan Time, due int64) {
	select {
	case c <- Now().Add(Duration(due - runtimeNano())):
	default:
	}
}

// newTimerChan makes the channel of a Timer or Ticker: room for one
// value, shown as unbuffered (len and cap 0), as in gc.
func newTimerChan() chan Time {
	c := make(chan Time, 1)
	markTimerChan(c)
	return c
}

// Stop prevents the Timer from firing. It returns true if the call stops
// the timer, false if the timer has already expired or been stopped.
// After Stop returns, no stale value is received from t.C.
func (t *Timer) Stop() bool {
	if !t.initTimer {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t)
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := newTimerChan()
	t := &Timer{C: c, initTimer: true}
	t.r.c = c
	t.r.fire = func(due int64) { sendTime(c, due) }
	startTimer(t, when(d), 0)
	return t
}

// Reset changes the timer to expire after duration d. It returns true if
// the timer had been active, false if the timer had expired or been
// stopped.
func (t *Timer) Reset(d Duration) bool {
	if !t.initTimer {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t, when(d), 0)
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. It returns a Timer that can be used to cancel the call using
// its Stop method. The returned Timer's C field is not used.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{initTimer: true}
	t.r.fire = func(int64) { go f() }
	startTimer(t, when(d), 0)
	return t
}

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick. The period of the ticks
// is specified by the duration argument. The ticker will adjust the time
// interval or drop ticks to make up for slow receivers. The duration d
// must be greater than zero; if not, NewTicker will panic.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := newTimerChan()
	t := &Ticker{C: c, initTicker: true}
	t.r.c = c
	t.r.fire = func(due int64) { sendTime(c, due) }
	startTicker(t, when(d), int64(d))
	return t
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	if !t.initTicker {
		return
	}
	stopTicker(t)
}

// Reset stops a ticker and resets its period to the specified duration.
// The next tick will arrive after the new period elapses. The duration d
// must be greater than zero; if not, Reset will panic.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if !t.initTicker {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTicker(t, when(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the
// ticking channel only. Unlike NewTicker, Tick will return nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
