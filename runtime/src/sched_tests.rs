//! Goroutines, channels, select and sync driven from a test thread that
//! plays the main goroutine. The scheduler is global, so these tests take
//! a lock to run one at a time.

use crate::chan::*;
use crate::sched::*;
use crate::sync::*;
use crate::types::{FLAG_DIRECT, Type, kind, static_type};
use std::sync::Mutex as StdMutex;

static LOCK: StdMutex<()> = StdMutex::new(());
static INT: Type = static_type("int", kind::INT, 8, 0);
static CHAN_INT: Type = Type {
    elem: &INT,
    ..static_type("chan int", kind::CHAN, 8, FLAG_DIRECT)
};

fn chan(size: i64) -> *mut HChan {
    makechan(&CHAN_INT, size)
}

fn go<T>(f: unsafe extern "C" fn(*mut u8), arg: &mut T) {
    newproc(f, (arg as *mut T).cast());
}

struct Prod {
    c: *mut HChan,
    n: i64,
    close: bool,
}

unsafe extern "C" fn producer(arg: *mut u8) {
    // SAFETY: the test keeps the argument alive until the goroutine ends.
    let p = unsafe { &*(arg as *const Prod) };
    for i in 1..=p.n {
        chansend1(p.c, (&raw const i).cast());
    }
    if p.close {
        closechan(p.c);
    }
}

#[test]
fn unbuffered_and_buffered_channels() {
    let _l = LOCK.lock().unwrap();
    for size in [0, 1, 7] {
        let mut p = Prod {
            c: chan(size),
            n: 100,
            close: true,
        };
        go(producer, &mut p);
        let (mut sum, mut count) = (0, 0);
        loop {
            let mut v = -1i64;
            if !chanrecv2(p.c, (&raw mut v).cast()) {
                assert_eq!(v, 0, "receive from closed channel yields zero");
                break;
            }
            sum += v;
            count += 1;
        }
        assert_eq!((count, sum), (100, 5050), "size {size}");
    }
}

#[test]
fn select_picks_ready_cases_and_default() {
    let _l = LOCK.lock().unwrap();
    let (a, b) = (chan(0), chan(0));
    let mut pa = Prod {
        c: a,
        n: 5,
        close: false,
    };
    let mut pb = Prod {
        c: b,
        n: 5,
        close: false,
    };
    go(producer, &mut pa);
    go(producer, &mut pb);
    let (mut got_a, mut got_b) = (0, 0);
    let mut v = 0i64;
    for _ in 0..10 {
        let mut cases = [
            SCase {
                c: a,
                elem: (&raw mut v).cast(),
            },
            SCase {
                c: b,
                elem: (&raw mut v).cast(),
            },
        ];
        let r = selectgo(cases.as_mut_ptr(), 0, 2, true);
        assert!(r.recv_ok);
        if r.index == 0 {
            got_a += v;
        } else {
            got_b += v;
        }
    }
    assert_eq!((got_a, got_b), (15, 15));
    // Nothing ready: default.
    let mut cases = [SCase {
        c: a,
        elem: core::ptr::null_mut(),
    }];
    assert_eq!(selectgo(cases.as_mut_ptr(), 0, 1, false).index, -1);
    // A send case to a buffered channel with room is ready.
    let c = chan(1);
    let one = 1i64;
    let mut cases = [
        SCase {
            c,
            elem: (&raw const one) as *mut u8,
        },
        SCase {
            c: a,
            elem: core::ptr::null_mut(),
        },
    ];
    assert_eq!(selectgo(cases.as_mut_ptr(), 1, 1, true).index, 0);
    assert_eq!(chanlen(c), 1);
}

struct Worker {
    wg: *mut WaitGroup,
    mu: *mut Mutex,
    counter: *mut i64,
}

unsafe extern "C" fn worker(arg: *mut u8) {
    // SAFETY: the test keeps the argument alive.
    let w = unsafe { &*(arg as *const Worker) };
    for _ in 0..10 {
        mutex_lock(w.mu);
        // SAFETY: guarded by the mutex.
        let v = unsafe { *w.counter };
        gosched(); // let others run while holding the lock
        // SAFETY: guarded by the mutex.
        unsafe { *w.counter = v + 1 };
        mutex_unlock(w.mu);
    }
    waitgroup_done(w.wg);
}

#[test]
fn waitgroup_and_mutex() {
    let _l = LOCK.lock().unwrap();
    // SAFETY: zeroed WaitGroup and Mutex are valid (as in Go).
    let mut wg: WaitGroup = unsafe { core::mem::zeroed() };
    let mut mu: Mutex = unsafe { core::mem::zeroed() };
    let mut counter = 0i64;
    let mut w = Worker {
        wg: &mut wg,
        mu: &mut mu,
        counter: &mut counter,
    };
    waitgroup_add(&mut wg, 8);
    for _ in 0..8 {
        go(worker, &mut w);
    }
    waitgroup_wait(&mut wg);
    assert_eq!(counter, 80);
}

struct Sleeper {
    ms: i64,
    id: i64,
    out: *mut Vec<i64>,
    wg: *mut WaitGroup,
}

unsafe extern "C" fn sleeper(arg: *mut u8) {
    // SAFETY: the test keeps the argument alive.
    let s = unsafe { &*(arg as *const Sleeper) };
    sleep(s.ms * 1_000_000);
    // SAFETY: only goroutines of this test touch the vector.
    unsafe { (*s.out).push(s.id) };
    waitgroup_done(s.wg);
}

#[test]
fn sleep_wakes_in_time_order() {
    let _l = LOCK.lock().unwrap();
    // SAFETY: a zeroed WaitGroup is valid.
    let mut wg: WaitGroup = unsafe { core::mem::zeroed() };
    let mut out = Vec::new();
    let mut ss: Vec<Sleeper> = [(30, 1), (10, 2), (20, 3)]
        .into_iter()
        .map(|(ms, id)| Sleeper {
            ms,
            id,
            out: &mut out,
            wg: &mut wg,
        })
        .collect();
    waitgroup_add(&mut wg, 3);
    for s in ss.iter_mut() {
        go(sleeper, s);
    }
    waitgroup_wait(&mut wg);
    assert_eq!(out, vec![2, 3, 1]);
}

/// The collector must see objects referenced only from a parked
/// goroutine's stack (and from its argument, held by its G).
mod gc_roots {
    use super::*;
    use crate::mem::Heap;
    use crate::util::Racy;

    static HEAP: Racy<Option<Heap>> = Racy::new(None);

    fn heap() -> &'static mut Heap {
        // SAFETY: used by one test at a time (LOCK), on one thread.
        unsafe { (*HEAP.get()).as_mut().unwrap() }
    }

    struct Arg {
        c: *mut HChan,
        done: *mut HChan,
        /// Reachable only through the goroutine's argument.
        boxed: *mut u64,
    }

    unsafe extern "C" fn holder(arg: *mut u8) {
        // SAFETY: the test keeps the argument alive.
        let a = unsafe { &*(arg as *const Arg) };
        // Objects reachable only from this goroutine's stack.
        let mut objs = [core::ptr::null_mut::<u64>(); 16];
        for (i, o) in objs.iter_mut().enumerate() {
            *o = heap().alloc(64, false, None) as *mut u64;
            // SAFETY: fresh 64-byte object.
            unsafe { **o = 1000 + i as u64 };
        }
        let mut v = 0i64;
        chanrecv1(a.c, (&raw mut v).cast()); // park while main collects
        let objs = core::hint::black_box(objs);
        let mut ok = 1i64;
        for (i, o) in objs.iter().enumerate() {
            // SAFETY: still-live objects.
            if unsafe { **o } != 1000 + i as u64 {
                ok = 0;
            }
        }
        // SAFETY: reachable through the G's argument.
        if unsafe { *a.boxed } != 77 {
            ok = 0;
        }
        chansend1(a.done, (&raw const ok).cast());
    }

    #[test]
    fn parked_stacks_and_g_args_are_roots() {
        let _l = LOCK.lock().unwrap();
        // SAFETY: serialised by LOCK.
        unsafe { *HEAP.get() = Heap::new(0) };
        let boxed = heap().alloc(8, false, None) as *mut u64;
        // SAFETY: fresh object.
        unsafe { *boxed = 77 };
        // The argument itself lives in the collected heap, referenced only
        // by the G record.
        let arg = heap().alloc(core::mem::size_of::<Arg>(), false, None) as *mut Arg;
        // SAFETY: fresh object of the right size.
        unsafe {
            *arg = Arg {
                c: chan(0),
                done: chan(0),
                boxed,
            }
        };
        let (c, done) = unsafe { ((*arg).c, (*arg).done) };
        newproc(holder, arg.cast());
        gosched(); // the holder allocates and parks
        let before = heap().collections;
        heap().collect_for_test(&mut crate::gc::scan_goroutines_for_test);
        assert_eq!(heap().collections, before + 1);
        // Reuse any wrongly freed slot with a different pattern.
        for _ in 0..64 {
            let p = heap().alloc(64, false, None) as *mut u64;
            // SAFETY: fresh object.
            unsafe { *p = 0xdead };
        }
        let one = 1i64;
        chansend1(c, (&raw const one).cast());
        let mut ok = 0i64;
        chanrecv1(done, (&raw mut ok).cast());
        assert_eq!(ok, 1);
    }
}
