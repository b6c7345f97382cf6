//! The blocking parts of package sync, on the goroutine scheduler.
//!
//! Layouts (must match the compiler's view of these types):
//! `sync.WaitGroup` is 16 bytes `{count int64, waiters *waiter}`;
//! `sync.Mutex` is 8 bytes: bit 0 = locked, the rest a pointer to the
//! first waiter (waiters live on their parked goroutines' stacks);
//! `sync.Cond` is its `L` then a notify list ([`Cond`]).

use crate::entry::{G, getg};
use crate::panic::{panic_string, throw};
use crate::sched::{park, ready};
use crate::traceback::go_entry;
use core::ptr::null_mut;

// Entry points that may panic record their Go caller (traceback.rs).
go_entry!("sync.(*WaitGroup).Add", waitgroup_add);
go_entry!("sync.(*WaitGroup).Done", waitgroup_done);
go_entry!("sync.(*Mutex).Unlock", mutex_unlock);
go_entry!("sync.(*WaitGroup).Wait", waitgroup_wait);
go_entry!("sync.(*Mutex).Lock", mutex_lock);
go_entry!("sync.(*RWMutex).Lock", rw_lock);
go_entry!("sync.(*RWMutex).Unlock", rw_unlock);
go_entry!("sync.(*RWMutex).RLock", rw_rlock);
go_entry!("sync.(*RWMutex).RUnlock", rw_runlock);

struct Waiter {
    g: *mut G,
    next: *mut Waiter,
}

#[repr(C)]
pub struct WaitGroup {
    count: i64,
    waiters: *mut Waiter,
}

/// `(*sync.WaitGroup).Add(delta int)`.
pub extern "C" fn waitgroup_add(wg: *mut WaitGroup, delta: i64) {
    // SAFETY: a live WaitGroup.
    let wg = unsafe { &mut *wg };
    wg.count += delta;
    if wg.count < 0 {
        panic_string("sync: negative WaitGroup counter");
    }
    if wg.count == 0 {
        let mut w = wg.waiters;
        wg.waiters = null_mut();
        while !w.is_null() {
            // SAFETY: waiters are live until readied.
            unsafe {
                let next = (*w).next;
                ready((*w).g);
                w = next;
            }
        }
    }
}

/// `(*sync.WaitGroup).Done()`.
pub extern "C" fn waitgroup_done(wg: *mut WaitGroup) {
    waitgroup_add(wg, -1);
}

/// `(*sync.WaitGroup).Wait()`.
pub extern "C" fn waitgroup_wait(wg: *mut WaitGroup) {
    // SAFETY: a live WaitGroup.
    let wgr = unsafe { &mut *wg };
    if wgr.count == 0 {
        return;
    }
    let mut w = Waiter {
        g: getg(),
        next: wgr.waiters,
    };
    wgr.waiters = &mut w;
    park("sync.WaitGroup.Wait");
}

#[repr(C)]
pub struct Mutex {
    state: usize,
}

/// `(*sync.Mutex).Lock()`.
pub extern "C" fn mutex_lock(m: *mut Mutex) {
    // SAFETY: a live Mutex.
    let m = unsafe { &mut *m };
    if m.state & 1 == 0 {
        m.state |= 1;
        return;
    }
    // Queue at the tail; Unlock hands the lock over in FIFO order.
    let mut w = Waiter {
        g: getg(),
        next: null_mut(),
    };
    let head = (m.state & !1) as *mut Waiter;
    if head.is_null() {
        m.state = (&mut w as *mut Waiter as usize) | 1;
    } else {
        let mut t = head;
        // SAFETY: the waiter list is live.
        unsafe {
            while !(*t).next.is_null() {
                t = (*t).next;
            }
            (*t).next = &mut w;
        }
    }
    park("sync.Mutex.Lock");
}

/// `(*sync.Mutex).Unlock()`.
pub extern "C" fn mutex_unlock(m: *mut Mutex) {
    // SAFETY: a live Mutex.
    let m = unsafe { &mut *m };
    if m.state & 1 == 0 {
        throw("sync: unlock of unlocked mutex");
    }
    let head = (m.state & !1) as *mut Waiter;
    if head.is_null() {
        m.state = 0;
        return;
    }
    // SAFETY: the first waiter is live; it now owns the lock.
    unsafe {
        m.state = ((*head).next as usize) | 1;
        ready((*head).g);
    }
}

/// `(*sync.Mutex).TryLock() bool`.
#[unsafe(export_name = "sync.(*Mutex).TryLock")]
pub extern "C" fn mutex_trylock(m: *mut Mutex) -> bool {
    // SAFETY: a live Mutex.
    let m = unsafe { &mut *m };
    if m.state & 1 != 0 {
        return false;
    }
    m.state |= 1;
    true
}

/// `sync.RWMutex`: 16 bytes `{readers int64, waiters *RWWaiter}`.
/// `readers` counts the read locks held, -1 while a writer holds it;
/// waiters queue in FIFO order, so a waiting writer keeps new readers out
/// (gc's writer preference) and is handed the lock when the last reader
/// leaves.
#[repr(C)]
pub struct RWMutex {
    readers: i64,
    waiters: *mut RWWaiter,
}

struct RWWaiter {
    g: *mut G,
    writer: bool,
    next: *mut RWWaiter,
}

fn rw_enqueue(rw: &mut RWMutex, w: *mut RWWaiter) {
    if rw.waiters.is_null() {
        rw.waiters = w;
        return;
    }
    let mut t = rw.waiters;
    // SAFETY: queued waiters live on their parked goroutines' stacks.
    unsafe {
        while !(*t).next.is_null() {
            t = (*t).next;
        }
        (*t).next = w;
    }
}

/// Hands the free lock to the waiters at the head of the queue: one
/// writer, or every reader up to the next writer.
fn rw_wake(rw: &mut RWMutex) {
    // SAFETY: queued waiters are live until readied.
    unsafe {
        let head = rw.waiters;
        if head.is_null() {
            return;
        }
        if (*head).writer {
            if rw.readers == 0 {
                rw.readers = -1;
                rw.waiters = (*head).next;
                ready((*head).g);
            }
            return;
        }
        if rw.readers < 0 {
            return;
        }
        while !rw.waiters.is_null() && !(*rw.waiters).writer {
            let w = rw.waiters;
            rw.waiters = (*w).next;
            rw.readers += 1;
            ready((*w).g);
        }
    }
}

/// `(*sync.RWMutex).Lock()`.
pub extern "C" fn rw_lock(rw: *mut RWMutex) {
    // SAFETY: a live RWMutex.
    let rw = unsafe { &mut *rw };
    if rw.readers == 0 && rw.waiters.is_null() {
        rw.readers = -1;
        return;
    }
    let mut w = RWWaiter {
        g: getg(),
        writer: true,
        next: null_mut(),
    };
    rw_enqueue(rw, &mut w);
    park("sync.RWMutex.Lock");
}

/// `(*sync.RWMutex).Unlock()`.
pub extern "C" fn rw_unlock(rw: *mut RWMutex) {
    // SAFETY: a live RWMutex.
    let rw = unsafe { &mut *rw };
    if rw.readers != -1 {
        throw("sync: Unlock of unlocked RWMutex");
    }
    rw.readers = 0;
    rw_wake(rw);
}

/// `(*sync.RWMutex).RLock()`.
pub extern "C" fn rw_rlock(rw: *mut RWMutex) {
    // SAFETY: a live RWMutex.
    let rw = unsafe { &mut *rw };
    if rw.readers >= 0 && rw.waiters.is_null() {
        rw.readers += 1;
        return;
    }
    let mut w = RWWaiter {
        g: getg(),
        writer: false,
        next: null_mut(),
    };
    rw_enqueue(rw, &mut w);
    park("sync.RWMutex.RLock");
}

/// `(*sync.RWMutex).RUnlock()`.
pub extern "C" fn rw_runlock(rw: *mut RWMutex) {
    // SAFETY: a live RWMutex.
    let rw = unsafe { &mut *rw };
    if rw.readers <= 0 {
        throw("sync: RUnlock of unlocked RWMutex");
    }
    rw.readers -= 1;
    rw_wake(rw);
}

/// `sync.Cond`'s notify list (gc's `notifyList`), after the 16-byte `L`:
/// tickets are handed out by `condAdd` before the caller unlocks `L`, so a
/// signal between the unlock and the wait is not lost; waiters (on their
/// parked goroutines' stacks) are woken in ticket order.
#[repr(C)]
pub struct Cond {
    l: [usize; 2],
    /// The next ticket `condAdd` hands out.
    wait: u32,
    /// The next ticket to wake.
    notify: u32,
    head: *mut CondWaiter,
    tail: *mut CondWaiter,
}

struct CondWaiter {
    g: *mut G,
    ticket: u32,
    next: *mut CondWaiter,
}

/// Ticket `a` comes before ticket `b` (tickets wrap around).
fn ticket_less(a: u32, b: u32) -> bool {
    (a.wrapping_sub(b) as i32) < 0
}

/// `sync.condAdd(c *Cond) uint32`: the caller's ticket.
#[unsafe(export_name = "sync.condAdd")]
pub extern "C" fn cond_add(c: *mut Cond) -> u32 {
    // SAFETY: a live Cond.
    let c = unsafe { &mut *c };
    let t = c.wait;
    c.wait = c.wait.wrapping_add(1);
    t
}

/// `sync.condWait(c *Cond, t uint32)`: parks until ticket `t` is
/// notified (at once if it already was).
#[unsafe(export_name = "sync.condWait")]
pub extern "C" fn cond_wait(c: *mut Cond, t: u32) {
    // SAFETY: a live Cond.
    let c = unsafe { &mut *c };
    if ticket_less(t, c.notify) {
        return;
    }
    let mut w = CondWaiter {
        g: getg(),
        ticket: t,
        next: null_mut(),
    };
    if c.tail.is_null() {
        c.head = &mut w;
    } else {
        // SAFETY: the waiter list is live.
        unsafe { (*c.tail).next = &mut w };
    }
    c.tail = &mut w;
    park("sync.Cond.Wait");
}

/// `sync.condSignal(c *Cond)`: wakes the waiter with the oldest ticket.
#[unsafe(export_name = "sync.condSignal")]
pub extern "C" fn cond_signal(c: *mut Cond) {
    // SAFETY: a live Cond.
    let c = unsafe { &mut *c };
    if c.wait == c.notify {
        return;
    }
    let t = c.notify;
    c.notify = c.notify.wrapping_add(1);
    // The ticket's holder may not be waiting yet: then its condWait
    // returns at once.
    let mut prev: *mut CondWaiter = null_mut();
    let mut w = c.head;
    // SAFETY: the waiter list is live.
    unsafe {
        while !w.is_null() {
            if (*w).ticket == t {
                let next = (*w).next;
                if prev.is_null() {
                    c.head = next;
                } else {
                    (*prev).next = next;
                }
                if c.tail == w {
                    c.tail = prev;
                }
                ready((*w).g);
                return;
            }
            prev = w;
            w = (*w).next;
        }
    }
}

/// `sync.condBroadcast(c *Cond)`: wakes every waiter.
#[unsafe(export_name = "sync.condBroadcast")]
pub extern "C" fn cond_broadcast(c: *mut Cond) {
    // SAFETY: a live Cond.
    let c = unsafe { &mut *c };
    c.notify = c.wait;
    let mut w = c.head;
    c.head = null_mut();
    c.tail = null_mut();
    while !w.is_null() {
        // SAFETY: waiters are live until readied.
        unsafe {
            let next = (*w).next;
            ready((*w).g);
            w = next;
        }
    }
}
