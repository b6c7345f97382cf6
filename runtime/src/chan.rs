//! Channels and select (gc's chan.go and select.go semantics on the
//! single-threaded scheduler).
//!
//! A channel value is a pointer to [`HChan`] (null = nil channel); `qcount`
//! is the first word so `len(c)` can be read inline after a nil check.
//! Blocked goroutines wait in FIFO queues of [`Sudog`]s that live on their
//! own (parked) stacks. A goroutine blocked in `select` waits on several
//! queues at once; the first counterpart to pick one of its sudogs marks
//! the whole select done, and the others are skipped and then unlinked.

use crate::entry::{G, getg};
use crate::malloc::alloc_typed;
use crate::panic::panic_plain;
use crate::sched::{fastrand, park, ready};
use crate::traceback::go_entry;
use crate::types::Type;
use core::ptr::{self, null_mut};

// Entry points that may panic record their Go caller (traceback.rs).
go_entry!("runtime.makechan", makechan);
go_entry!("runtime.chansend1", chansend1);
go_entry!("runtime.chanrecv1", chanrecv1);
go_entry!("runtime.chanrecv2", chanrecv2);
go_entry!("runtime.closechan", closechan);
go_entry!("runtime.selectgo", selectgo);

#[repr(C)]
pub struct HChan {
    /// Elements in the buffer (`len(c)`).
    pub qcount: i64,
    /// Buffer capacity (`cap(c)`).
    pub dataqsiz: i64,
    buf: *mut u8,
    elemsize: u64,
    closed: bool,
    /// The channel of a `time.Timer` or `Ticker` (`time.markTimerChan`):
    /// buffered with room for one value, shown to users as unbuffered
    /// (`len` and `cap` 0, as gc's since Go 1.23), so that stopping or
    /// resetting the timer can take back a value not yet received.
    timer: bool,
    sendx: i64,
    recvx: i64,
    recvq: WaitQ,
    sendq: WaitQ,
}

#[derive(Clone, Copy)]
struct WaitQ {
    first: *mut Sudog,
    last: *mut Sudog,
}

/// Shared state of one blocked select.
struct SelectGroup {
    done: bool,
    /// The case that fired.
    index: isize,
}

/// A goroutine waiting on a channel.
struct Sudog {
    g: *mut G,
    /// Value to send, or where to receive (may be null for receives).
    elem: *mut u8,
    next: *mut Sudog,
    prev: *mut Sudog,
    /// Whether the operation completed (false: woken by close).
    success: bool,
    group: *mut SelectGroup,
    case_index: isize,
}

impl Sudog {
    fn new(elem: *mut u8) -> Sudog {
        Sudog {
            g: getg(),
            elem,
            next: null_mut(),
            prev: null_mut(),
            success: false,
            group: null_mut(),
            case_index: -1,
        }
    }
}

impl WaitQ {
    const EMPTY: WaitQ = WaitQ {
        first: null_mut(),
        last: null_mut(),
    };

    fn enqueue(&mut self, s: *mut Sudog) {
        // SAFETY: s lives on a parked goroutine's stack until dequeued.
        unsafe {
            (*s).next = null_mut();
            (*s).prev = self.last;
            if self.last.is_null() {
                self.first = s;
            } else {
                (*self.last).next = s;
            }
            self.last = s;
        }
    }

    fn remove(&mut self, s: *mut Sudog) {
        // SAFETY: s is linked into this queue.
        unsafe {
            let (p, n) = ((*s).prev, (*s).next);
            if p.is_null() {
                if self.first != s {
                    return; // not linked
                }
                self.first = n;
            } else {
                (*p).next = n;
            }
            if n.is_null() {
                self.last = p;
            } else {
                (*n).prev = p;
            }
            (*s).next = null_mut();
            (*s).prev = null_mut();
        }
    }

    /// The first waiter still interested; claims its select, if any.
    fn dequeue(&mut self) -> Option<*mut Sudog> {
        loop {
            let s = self.first;
            if s.is_null() {
                return None;
            }
            self.remove(s);
            // SAFETY: s was linked, so it is live.
            unsafe {
                let grp = (*s).group;
                if !grp.is_null() {
                    if (*grp).done {
                        continue;
                    }
                    (*grp).done = true;
                    (*grp).index = (*s).case_index;
                }
            }
            return Some(s);
        }
    }
}

fn copy_elem(c: &HChan, dst: *mut u8, src: *const u8) {
    if !dst.is_null() && !src.is_null() && c.elemsize > 0 {
        // SAFETY: both point at values of the element type.
        unsafe { ptr::copy_nonoverlapping(src, dst, c.elemsize as usize) };
    }
}

/// Removes the value at the head of a non-empty buffer, copying it to `ep`
/// unless `ep` is null.
fn take_head(ch: &mut HChan, ep: *mut u8) {
    let slot = ch.slot(ch.recvx);
    copy_elem(ch, ep, slot);
    zero_elem(ch, slot);
    ch.recvx = (ch.recvx + 1) % ch.dataqsiz;
    ch.qcount -= 1;
}

fn zero_elem(c: &HChan, dst: *mut u8) {
    if !dst.is_null() {
        // SAFETY: dst points at a value of the element type.
        unsafe { ptr::write_bytes(dst, 0, c.elemsize as usize) };
    }
}

/// `HChan` for the collector: `buf` is its one heap pointer (the wait
/// queues point at sudogs on goroutine stacks).
static HCHAN_LAYOUT: Type = crate::types::layout_type(
    "runtime.hchan",
    core::mem::size_of::<HChan>() as u64,
    &[0b100],
);

impl HChan {
    fn slot(&self, i: i64) -> *mut u8 {
        self.buf.wrapping_add(i as usize * self.elemsize as usize)
    }
}

/// `runtime.makechan(chantype, size) -> chan`.
pub extern "C" fn makechan(ct: *const Type, size: i64) -> *mut HChan {
    // SAFETY: compiled code passes a channel type descriptor.
    let elemsize = unsafe { (*(*ct).elem).size };
    if size < 0
        || elemsize
            .checked_mul(size as u64)
            .is_none_or(|m| m > 1 << 40)
    {
        panic_plain("makechan: size out of range");
    }
    let c = alloc_typed(core::mem::size_of::<HChan>(), &HCHAN_LAYOUT) as *mut HChan;
    // SAFETY: fresh allocation.
    unsafe {
        *c = HChan {
            qcount: 0,
            dataqsiz: size,
            // The buffer is scanned by the element type's bitmap.
            buf: alloc_typed((elemsize * size as u64) as usize, (*ct).elem),
            elemsize,
            closed: false,
            timer: false,
            sendx: 0,
            recvx: 0,
            recvq: WaitQ::EMPTY,
            sendq: WaitQ::EMPTY,
        };
    }
    c
}

/// Tries (or, with `block`, performs) a send. Returns false only when
/// non-blocking and the send cannot proceed now.
fn send(c: *mut HChan, ep: *const u8, block: bool) -> bool {
    if c.is_null() {
        if !block {
            return false;
        }
        loop {
            park("chan send (nil chan)");
        }
    }
    // SAFETY: a live channel.
    let ch = unsafe { &mut *c };
    if ch.closed {
        panic_plain("send on closed channel");
    }
    if let Some(sg) = ch.recvq.dequeue() {
        // SAFETY: a live waiter.
        unsafe {
            copy_elem(ch, (*sg).elem, ep);
            (*sg).success = true;
            ready((*sg).g);
        }
        return true;
    }
    if ch.qcount < ch.dataqsiz {
        copy_elem(ch, ch.slot(ch.sendx), ep);
        ch.sendx = (ch.sendx + 1) % ch.dataqsiz;
        ch.qcount += 1;
        return true;
    }
    if !block {
        return false;
    }
    let mut sg = Sudog::new(ep as *mut u8);
    ch.sendq.enqueue(&mut sg);
    park("chan send");
    if !sg.success {
        panic_plain("send on closed channel");
    }
    true
}

/// Tries (or, with `block`, performs) a receive into `ep` (may be null).
/// Returns (selected, received): `received` is false for a closed channel.
fn recv(c: *mut HChan, ep: *mut u8, block: bool) -> (bool, bool) {
    if c.is_null() {
        if !block {
            return (false, false);
        }
        loop {
            park("chan receive (nil chan)");
        }
    }
    // SAFETY: a live channel.
    let ch = unsafe { &mut *c };
    if ch.closed && ch.qcount == 0 {
        zero_elem(ch, ep);
        return (true, false);
    }
    if let Some(sg) = ch.sendq.dequeue() {
        // SAFETY: a live waiter.
        unsafe {
            if ch.dataqsiz == 0 {
                copy_elem(ch, ep, (*sg).elem);
            } else {
                // Full buffer: take the head, append the sender's value.
                let slot = ch.slot(ch.recvx);
                copy_elem(ch, ep, slot);
                copy_elem(ch, slot, (*sg).elem);
                ch.recvx = (ch.recvx + 1) % ch.dataqsiz;
                ch.sendx = ch.recvx;
            }
            (*sg).success = true;
            ready((*sg).g);
        }
        return (true, true);
    }
    if ch.qcount > 0 {
        take_head(ch, ep);
        return (true, true);
    }
    if !block {
        return (false, false);
    }
    let mut sg = Sudog::new(ep);
    ch.recvq.enqueue(&mut sg);
    park("chan receive");
    (true, sg.success)
}

/// `runtime.chansend1(c, elem *T)`: `c <- v`.
pub extern "C" fn chansend1(c: *mut HChan, ep: *const u8) {
    send(c, ep, true);
}

/// `runtime.chanrecv1(c, elem *T)`: `<-c` (elem may be null).
pub extern "C" fn chanrecv1(c: *mut HChan, ep: *mut u8) {
    recv(c, ep, true);
}

/// `runtime.chanrecv2(c, elem *T) -> bool`: `v, ok := <-c`.
pub extern "C" fn chanrecv2(c: *mut HChan, ep: *mut u8) -> bool {
    recv(c, ep, true).1
}

/// `runtime.closechan(c)`.
pub extern "C" fn closechan(c: *mut HChan) {
    if c.is_null() {
        panic_plain("close of nil channel");
    }
    // SAFETY: a live channel.
    let ch = unsafe { &mut *c };
    if ch.closed {
        panic_plain("close of closed channel");
    }
    ch.closed = true;
    while let Some(sg) = ch.recvq.dequeue() {
        // SAFETY: a live waiter.
        unsafe {
            zero_elem(ch, (*sg).elem);
            (*sg).success = false;
            ready((*sg).g);
        }
    }
    while let Some(sg) = ch.sendq.dequeue() {
        // SAFETY: a live waiter; it panics when it runs.
        unsafe {
            (*sg).success = false;
            ready((*sg).g);
        }
    }
}

/// `runtime.chanlen(c) -> int`.
#[unsafe(export_name = "runtime.chanlen")]
pub extern "C" fn chanlen(c: *const HChan) -> i64 {
    // SAFETY: a live channel or null.
    if c.is_null() || unsafe { (*c).timer } {
        0
    } else {
        unsafe { (*c).qcount }
    }
}

/// `runtime.chancap(c) -> int`.
#[unsafe(export_name = "runtime.chancap")]
pub extern "C" fn chancap(c: *const HChan) -> i64 {
    // SAFETY: a live channel or null.
    if c.is_null() || unsafe { (*c).timer } {
        0
    } else {
        unsafe { (*c).dataqsiz }
    }
}

/// One case of a select: sends first, then receives (gc's order).
#[repr(C)]
pub struct SCase {
    pub c: *mut HChan,
    pub elem: *mut u8,
}

/// Result of `selectgo`: the chosen case (-1: none, non-blocking) and, for
/// a receive, whether a value was received.
#[repr(C)]
pub struct SelectResult {
    pub index: i64,
    pub recv_ok: bool,
}

/// `runtime.selectgo(cases *scase, nsends, nrecvs int, block bool) ->
/// (int, bool)`: picks a ready case uniformly at random, or blocks until one
/// is ready (unless `block` is false: then returns -1 for `default`).
pub extern "C" fn selectgo(
    cases: *mut SCase,
    nsends: i64,
    nrecvs: i64,
    block: bool,
) -> SelectResult {
    let n = (nsends + nrecvs).max(0) as usize;
    let cases: &mut [SCase] =
        // SAFETY: compiled code passes n cases.
        if n == 0 { &mut [] } else { unsafe { core::slice::from_raw_parts_mut(cases, n) } };
    let is_send = |i: usize| (i as i64) < nsends;
    // Poll in a random order.
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = (fastrand() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    for &i in &order {
        let c = cases[i].c;
        if c.is_null() {
            continue;
        }
        if is_send(i) {
            if send(c, cases[i].elem, false) {
                return SelectResult {
                    index: i as i64,
                    recv_ok: false,
                };
            }
        } else {
            let (sel, ok) = recv(c, cases[i].elem, false);
            if sel {
                return SelectResult {
                    index: i as i64,
                    recv_ok: ok,
                };
            }
        }
    }
    if !block {
        return SelectResult {
            index: -1,
            recv_ok: false,
        };
    }
    if cases.iter().all(|c| c.c.is_null()) {
        loop {
            park(if n == 0 {
                "select (no cases)"
            } else {
                "select"
            });
        }
    }
    let mut group = SelectGroup {
        done: false,
        index: -1,
    };
    let mut sudogs: Vec<Sudog> = (0..n).map(|i| Sudog::new(cases[i].elem)).collect();
    for (i, sg) in sudogs.iter_mut().enumerate() {
        let c = cases[i].c;
        if c.is_null() {
            continue;
        }
        sg.group = &mut group;
        sg.case_index = i as isize;
        // SAFETY: a live channel; the sudog stays put until unlinked below.
        unsafe {
            if is_send(i) {
                (*c).sendq.enqueue(sg);
            } else {
                (*c).recvq.enqueue(sg);
            }
        }
    }
    park("select");
    let chosen = group.index.max(0) as usize;
    for (i, sg) in sudogs.iter_mut().enumerate() {
        let c = cases[i].c;
        if c.is_null() || i == chosen {
            continue;
        }
        // SAFETY: unlink the sudogs that did not fire.
        unsafe {
            if is_send(i) {
                (*c).sendq.remove(sg);
            } else {
                (*c).recvq.remove(sg);
            }
        }
    }
    let ok = sudogs[chosen].success;
    drop(sudogs);
    if is_send(chosen) && !ok {
        panic_plain("send on closed channel");
    }
    SelectResult {
        index: chosen as i64,
        recv_ok: ok,
    }
}

/// `time.markTimerChan(c)`: `c` is a timer's channel (see `HChan::timer`).
#[unsafe(export_name = "time.markTimerChan")]
pub extern "C" fn mark_timer_chan(c: *mut HChan) {
    // SAFETY: time.go passes the channel it just made.
    unsafe { (*c).timer = true };
}

/// Takes back the value a timer put in its channel and nobody received
/// (gc's `timerchandrain`); true when there was one.
pub fn timer_drain(c: *mut HChan) -> bool {
    // SAFETY: a live timer channel (one slot, no waiting senders: timers
    // send without blocking).
    let ch = unsafe { &mut *c };
    if ch.qcount == 0 {
        return false;
    }
    take_head(ch, ptr::null_mut());
    true
}
