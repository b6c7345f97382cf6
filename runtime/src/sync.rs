//! The blocking parts of package sync, on the goroutine scheduler.
//!
//! Layouts (must match the compiler's view of these types):
//! `sync.WaitGroup` is 16 bytes `{count int64, waiters *waiter}`;
//! `sync.Mutex` is 8 bytes: bit 0 = locked, the rest a pointer to the
//! first waiter (waiters live on their parked goroutines' stacks).

use crate::entry::{G, getg};
use crate::panic::{panic_plain, throw};
use crate::sched::{park, ready};
use crate::traceback::go_entry;
use core::ptr::null_mut;

// Entry points that may panic record their Go caller (traceback.rs).
go_entry!("sync.(*WaitGroup).Add", waitgroup_add);
go_entry!("sync.(*WaitGroup).Done", waitgroup_done);
go_entry!("sync.(*Mutex).Unlock", mutex_unlock);
go_entry!("sync.(*WaitGroup).Wait", waitgroup_wait);
go_entry!("sync.(*Mutex).Lock", mutex_lock);

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
        panic_plain("sync: negative WaitGroup counter");
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
