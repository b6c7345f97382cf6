//! `time.Timer`, `time.Ticker` and `time.AfterFunc`: the runtime half
//! (gc's `runtime/time.go`, for one thread). The Go half is
//! `crates/gocc/std/time_sleep.go`; the record they share, `time.rtimer`
//! inside every `Timer` and `Ticker` (as in gc), is declared with the
//! runtime's entry points in `crates/types/src/stdlib.rs`.
//!
//! A started timer has an entry in the scheduler's timer heap (sched.rs),
//! tagged with the timer's generation; stopping or resetting a timer
//! bumps its generation, so older entries are skipped when they come due
//! (lazy deletion). When an entry comes due, the scheduler calls
//! [`expire`], which queues the timer for the timer goroutine, a system
//! goroutine that calls the timer's Go `fire` function: send the time on
//! the channel without blocking, or `go f()` for `AfterFunc`. Go code runs
//! on that goroutine's own stack, never inside the scheduler, so it may
//! allocate (and collect) like any goroutine.
//!
//! Timer channels keep gc's Go 1.23 semantics: a value that `fire` put in
//! the channel and nobody received is taken back by `Stop` and `Reset`
//! (which then report the timer as still pending), and `len`/`cap` of the
//! channel are 0 (chan.rs, `HChan::timer`).

use std::collections::VecDeque;

use crate::chan::HChan;
use crate::entry::G;
use crate::sched::{add_timer, heap_timers, newproc_system, park, ready};
use crate::util::Racy;

/// time's `rtimer` (declared in crates/types/src/stdlib.rs), field for
/// field.
#[repr(C)]
pub struct RTimer {
    /// When the timer fires next (`nanotime`).
    when: i64,
    /// A ticker's period; 0 for a one-shot timer.
    period: i64,
    /// The Go `func(when int64)` to run when the timer fires (a closure).
    fire: *mut usize,
    /// The timer's channel (drained by stop and reset), or null.
    c: *mut HChan,
    /// Generation: heap entries and queued firings of another generation
    /// are stale.
    generation: u64,
    /// Started and neither stopped nor (one-shot) fired.
    active: bool,
}

struct State {
    /// Timers that came due, with their generation and due time, for the
    /// timer goroutine.
    queue: VecDeque<(*mut RTimer, u64, i64)>,
    goroutine: *mut G,
    parked: bool,
}

static STATE: Racy<State> = Racy::new(State {
    queue: VecDeque::new(),
    goroutine: core::ptr::null_mut(),
    parked: false,
});

fn state() -> &'static mut State {
    // SAFETY: single-threaded; no caller holds it across a context switch.
    unsafe { &mut *STATE.get() }
}

/// Where a `time.Timer` or `time.Ticker` (`{C <-chan Time; init bool;
/// r rtimer}`) keeps its runtime part.
const RTIMER_OFFSET: usize = 16;

fn rtimer(t: *mut u8) -> *mut RTimer {
    t.wrapping_add(RTIMER_OFFSET).cast()
}

/// `time.startTimer(t *Timer, when, period)`: arms `t`.
#[unsafe(export_name = "time.startTimer")]
pub extern "C" fn start_timer(t: *mut u8, when: i64, period: i64) {
    start(rtimer(t), when, period);
}

/// `time.stopTimer(t *Timer) bool`: disarms `t`; true when it had not
/// fired yet as far as the program can tell (gc's `timer.stop` with
/// synchronous timer channels).
#[unsafe(export_name = "time.stopTimer")]
pub extern "C" fn stop_timer(t: *mut u8) -> bool {
    stop(rtimer(t))
}

/// `time.resetTimer(t *Timer, when, period) bool`: stops `t` and starts
/// it again; returns what stopping it returned.
#[unsafe(export_name = "time.resetTimer")]
pub extern "C" fn reset_timer(t: *mut u8, when: i64, period: i64) -> bool {
    let pending = stop(rtimer(t));
    start(rtimer(t), when, period);
    pending
}

/// `time.startTicker(t *Ticker, ...)`: a Ticker has a Timer's layout.
#[unsafe(export_name = "time.startTicker")]
pub extern "C" fn start_ticker(t: *mut u8, when: i64, period: i64) {
    start_timer(t, when, period);
}

/// `time.stopTicker(t *Ticker) bool`.
#[unsafe(export_name = "time.stopTicker")]
pub extern "C" fn stop_ticker(t: *mut u8) -> bool {
    stop_timer(t)
}

/// `time.resetTicker(t *Ticker, when, period) bool`.
#[unsafe(export_name = "time.resetTicker")]
pub extern "C" fn reset_ticker(t: *mut u8, when: i64, period: i64) -> bool {
    reset_timer(t, when, period)
}

fn start(t: *mut RTimer, when: i64, period: i64) {
    // SAFETY: time.go passes a live Timer or Ticker.
    let r = unsafe { &mut *t };
    r.when = when;
    r.period = period;
    r.generation += 1;
    r.active = true;
    add_timer(when, t as usize | 1, r.generation);
}

fn stop(t: *mut RTimer) -> bool {
    // SAFETY: time.go passes a live Timer or Ticker.
    let r = unsafe { &mut *t };
    let mut pending = r.active;
    r.active = false;
    r.generation += 1;
    if !r.c.is_null() && crate::chan::timer_drain(r.c) {
        pending = true;
    }
    pending
}

/// The scheduler found a heap entry of `t` of generation `generation`
/// due at `now`: queue the firing, and re-arm a ticker.
pub fn expire(t: *mut RTimer, generation: u64, now: i64) {
    // SAFETY: the heap keeps its timers alive (scan_roots).
    let r = unsafe { &mut *t };
    if r.generation != generation || !r.active {
        return;
    }
    let due = r.when;
    if r.period > 0 {
        // Ticks the program was too slow for are dropped, as in gc.
        let mut next = due.saturating_add(r.period);
        if next <= now {
            next = next.saturating_add(r.period.saturating_mul((now - next) / r.period + 1));
        }
        r.when = next;
        add_timer(next, t as usize | 1, generation);
    }
    let st = state();
    st.queue.push_back((t, generation, due));
    if st.goroutine.is_null() {
        st.goroutine = newproc_system(timer_goroutine, core::ptr::null_mut());
    } else if st.parked {
        st.parked = false;
        ready(st.goroutine);
    }
}

/// The timer goroutine: runs the `fire` functions of timers that came
/// due, in order, unless the timer was stopped or reset since.
unsafe extern "C" fn timer_goroutine(_arg: *mut u8) {
    loop {
        while let Some((t, generation, due)) = state().queue.pop_front() {
            // SAFETY: queued timers are kept alive (scan_roots).
            let r = unsafe { &mut *t };
            if r.generation != generation || !r.active {
                continue;
            }
            if r.period == 0 {
                r.active = false;
            }
            let args = [r.fire as usize, due as usize, 0, 0, 0, 0];
            // SAFETY: `fire` is a Go func(int64) value: its first word is
            // its code pointer, called with the closure and the argument.
            unsafe { crate::gc::gocc_rt_call_go(*r.fire, args.as_ptr()) };
        }
        state().parked = true;
        park("timer goroutine (idle)");
    }
}

/// Collector roots: the timers in the scheduler's heap and in the queue
/// (the program may hold no other reference to a running ticker or an
/// `AfterFunc` timer).
pub fn scan_roots(m: &mut crate::gc::Marker) {
    for t in heap_timers() {
        m.mark_word(t);
    }
    for &(t, _, _) in &state().queue {
        m.mark_word(t as usize);
    }
}
