//! Goroutines on one OS thread: each has its own mmap'd stack; the
//! scheduler switches stacks when a goroutine blocks (channels, sync,
//! sleep) or yields, runs ready goroutines in FIFO order, sleeps until the
//! next timer when nothing is ready, and reports gc's deadlock error when
//! nothing can ever run again.

use crate::entry::{G, getg, set_curg};
use crate::sys;
use crate::util::Racy;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};
use std::time::Duration;

use crate::traceback::go_entry;

// Blocking entry points record their Go caller (traceback.rs).
go_entry!("runtime.Gosched", gosched);
go_entry!("time.Sleep", sleep);
go_entry!("runtime.block", block);
go_entry!("runtime.gonilfunc", gonilfunc);
go_entry!("runtime.GC", gc);
// Goexit runs deferred calls first (defer.rs), then calls `goexit`.
go_entry!("runtime.Goexit", crate::defer::goexit);

// Context switch: save callee-saved registers on the current stack, store
// the stack pointer through rdi, load rsi as the new stack pointer and pop
// the registers saved there. A new goroutine's stack is prepared so that
// the first switch "returns" into `gocc_rt_gostart`.
core::arch::global_asm!(
    ".text",
    ".p2align 4",
    ".globl gocc_rt_swapctx",
    "gocc_rt_swapctx:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "mov [rdi], rsp",
    "mov rsp, rsi",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    ".p2align 4",
    ".globl gocc_rt_gostart",
    "gocc_rt_gostart:",
    // A frame whose saved frame pointer is zero ends frame walks on
    // goroutine stacks. The entry is called from here, not from Rust, so
    // that its frame links directly to this one (Rust frames keep no frame
    // pointer).
    "xor ebp, ebp",
    "push rbp",
    "mov rbp, rsp",
    "call {take}",
    "mov rdi, rdx",
    "call rax",
    "call {exit}",
    "ud2",
    take = sym take_entry,
    exit = sym goexit,
);

unsafe extern "C" {
    fn gocc_rt_swapctx(save_rsp: *mut usize, new_rsp: usize);
    fn gocc_rt_gostart();
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    Running,
    Runnable,
    Waiting,
    Dead,
}

/// Entry of a goroutine: a SystemV function called with one argument.
pub type GoEntry = unsafe extern "C" fn(arg: *mut u8);

/// The scheduler's part of a `G`.
pub struct GSched {
    /// Saved stack pointer while not running.
    pub rsp: usize,
    pub status: Status,
    /// Why it waits, as gc prints it (`chan receive`).
    pub wait_reason: &'static str,
    entry: Option<GoEntry>,
    arg: *mut u8,
    /// Where the goroutine entered the runtime to block (for the deadlock
    /// report's tracebacks).
    park_pc: usize,
    park_fp: usize,
    /// Start of the stack mapping (guard page included); 0 for the main G.
    stack_base: usize,
    /// A runtime goroutine (the finalizer goroutine): not counted by
    /// NumGoroutine, not shown in the deadlock report (gc's
    /// isSystemGoroutine).
    pub system: bool,
    /// The `go` statement that started it: the return address of its
    /// `runtime.newproc` call and the creating goroutine's id (a trace's
    /// `created by main.main in goroutine 1` line); 0 for the main G.
    pub created_pc: usize,
    /// The return address one frame up: the `go` statement when
    /// `created_pc` is in a `·tail` thunk (a `go` in a function with
    /// defers calls newproc through one).
    pub created_pc2: usize,
    pub parent_goid: i64,
}

impl GSched {
    pub const fn new() -> GSched {
        GSched {
            rsp: 0,
            status: Status::Running,
            wait_reason: "",
            entry: None,
            arg: core::ptr::null_mut(),
            park_pc: 0,
            park_fp: 0,
            stack_base: 0,
            system: false,
            created_pc: 0,
            created_pc2: 0,
            parent_goid: 0,
        }
    }
}

impl Default for GSched {
    fn default() -> Self {
        Self::new()
    }
}

const STACK_SIZE: usize = 64 << 20;
const STACK_GUARD: usize = 64 << 10;

struct Sched {
    runq: VecDeque<*mut G>,
    /// Every goroutine ever started and not yet reused (for the deadlock
    /// report); dead ones are kept for reuse with their stacks.
    allg: Vec<*mut G>,
    free: Vec<*mut G>,
    /// (wake time in `time.runtimeNano`'s nanoseconds, sequence (FIFO
    /// among equal times), a sleeping goroutine or, with bit 0 set, a
    /// `time.Timer`'s runtime half (timer.rs), that timer's generation).
    timers: BinaryHeap<Reverse<(i64, u64, usize, u64)>>,
    timer_seq: u64,
    next_goid: i64,
    rng: u64,
}

static SCHED: Racy<Sched> = Racy::new(Sched {
    runq: VecDeque::new(),
    allg: Vec::new(),
    free: Vec::new(),
    timers: BinaryHeap::new(),
    timer_seq: 0,
    // gc's first user goroutine is usually 6 (1 is main, 2-5 the runtime's).
    next_goid: 6,
    rng: 0x2545_f491_4f6c_dd1d,
});

fn sched() -> &'static mut Sched {
    // SAFETY: single-threaded; callers never hold two of these across a
    // context switch.
    unsafe { &mut *SCHED.get() }
}

/// A pseudo-random number (select's case order).
pub fn fastrand() -> u64 {
    let s = sched();
    s.rng ^= s.rng << 13;
    s.rng ^= s.rng >> 7;
    s.rng ^= s.rng << 17;
    s.rng
}

fn new_g() -> *mut G {
    if let Some(g) = sched().free.pop() {
        return g;
    }
    let base = sys::map_zeroed(0, STACK_SIZE + STACK_GUARD)
        .unwrap_or_else(|| crate::panic::throw("runtime: cannot allocate goroutine stack"))
        as usize;
    sys::map_guard(base, STACK_GUARD);
    let g = Box::into_raw(Box::new(G {
        stack_lo: base + STACK_GUARD,
        stack_hi: base + STACK_GUARD + STACK_SIZE,
        defer: core::ptr::null_mut(),
        panic: core::ptr::null_mut(),
        entry_fp: 0,
        sig: 0,
        sigcode: 0,
        sigaddr: 0,
        sigpc: 0,
        goid: 0,
        sched: GSched::new(),
    }));
    // SAFETY: fresh G.
    unsafe { (*g).sched.stack_base = base };
    sched().allg.push(g);
    g
}

// `runtime.newproc(entry, arg)`: `go f(...)`. The compiler packs the call
// into `arg` (a closure) and passes a SystemV `entry` that performs it.
// The shim records the `go` statement (a trace's `created by` line).
go_entry!("runtime.newproc", newproc);
pub(crate) extern "C" fn newproc(entry: GoEntry, arg: *mut u8) {
    let g = spawn(entry, arg);
    let parent = getg();
    // SAFETY: a fresh G and the running one.
    unsafe {
        let (pc, fp) = crate::traceback::caller();
        (*g).sched.created_pc = pc;
        (*g).sched.created_pc2 = match fp {
            0 => 0,
            // SAFETY: the frame pointer of the Go code calling newproc.
            _ => *((fp + 8) as *const usize),
        };
        (*g).sched.parent_goid = (*parent).goid;
    }
}

/// Starts a runtime goroutine (see [`GSched::system`]).
pub fn newproc_system(entry: GoEntry, arg: *mut u8) -> *mut G {
    let g = spawn(entry, arg);
    // SAFETY: a fresh, live G.
    unsafe { (*g).sched.system = true };
    g
}

/// Bytes of goroutine stacks reserved (for `MemStats`).
pub fn stack_bytes() -> usize {
    sched().allg.len() * STACK_SIZE
}

fn spawn(entry: GoEntry, arg: *mut u8) -> *mut G {
    let g = new_g();
    let s = sched();
    // SAFETY: g is not running; its stack is ours to prepare.
    unsafe {
        let g = &mut *g;
        g.goid = s.next_goid;
        s.next_goid += 1;
        g.defer = core::ptr::null_mut();
        g.panic = core::ptr::null_mut();
        g.sig = 0;
        g.sched.entry = Some(entry);
        g.sched.arg = arg;
        g.sched.status = Status::Runnable;
        g.sched.wait_reason = "";
        g.sched.system = false;
        g.sched.created_pc = 0;
        // Initial frame: six zero registers for swapctx to pop, the start
        // routine as return address, and a zero word keeping the ABI's
        // alignment at its entry.
        let top = g.stack_hi as *mut usize;
        *top.sub(1) = 0;
        *top.sub(2) = gocc_rt_gostart as *const () as usize;
        for i in 3..=8 {
            *top.sub(i) = 0;
        }
        g.sched.rsp = top.sub(8) as usize;
    }
    s.runq.push_back(g);
    g
}

/// The entry and argument of the goroutine starting to run (as rax:rdx
/// for `gocc_rt_gostart`).
#[repr(C)]
struct Start {
    entry: GoEntry,
    arg: *mut u8,
}

extern "C" fn take_entry() -> Start {
    let g = getg();
    // SAFETY: the running goroutine, started by newproc.
    unsafe {
        let entry = (*g)
            .sched
            .entry
            .take()
            .unwrap_or_else(|| crate::panic::throw("runtime: goroutine without entry"));
        Start {
            entry,
            arg: (*g).sched.arg,
        }
    }
}

/// `go f()` with a nil func value (gc: a fatal error at the go statement).
pub extern "C" fn gonilfunc() -> ! {
    crate::panic::throw("go of nil func value")
}

/// Calls `f` on the main goroutine and every other live goroutine.
pub fn for_each_g(f: &mut dyn FnMut(*mut G)) {
    f(crate::entry::main_g());
    for &g in &sched().allg {
        // SAFETY: allg holds live G records.
        if unsafe { (*g).sched.status } != Status::Dead {
            f(g);
        }
    }
}

/// Makes `g` runnable.
pub fn ready(g: *mut G) {
    // SAFETY: g is a live goroutine.
    unsafe { (*g).sched.status = Status::Runnable };
    sched().runq.push_back(g);
}

/// Blocks the running goroutine until something calls [`ready`] on it.
pub fn park(reason: &'static str) {
    let g = getg();
    // SAFETY: the running goroutine.
    unsafe {
        (*g).sched.status = Status::Waiting;
        (*g).sched.wait_reason = reason;
        ((*g).sched.park_pc, (*g).sched.park_fp) = crate::traceback::caller();
    }
    schedule(g);
}

/// Switches from `cur` (already marked runnable, waiting or dead) to the
/// next ready goroutine, sleeping for timers when none is ready; returns
/// when `cur` runs again.
fn schedule(cur: *mut G) {
    // The Go caller recorded by the runtime entry shim that blocked is
    // where a panic raised after waking (`send on closed channel`) starts
    // its frame walk; other goroutines overwrite it meanwhile.
    let caller = crate::traceback::caller();
    switch_from(cur);
    crate::traceback::set_caller(caller.0, caller.1);
}

fn switch_from(cur: *mut G) {
    loop {
        let s = sched();
        if let Some(next) = s.runq.pop_front() {
            // SAFETY: queued goroutines are live and not running.
            unsafe {
                (*next).sched.status = Status::Running;
                if next == cur {
                    return;
                }
                set_curg(next);
                gocc_rt_swapctx(&mut (*cur).sched.rsp, (*next).sched.rsp);
            }
            return;
        }
        let Some(&Reverse((when, ..))) = s.timers.peek() else {
            deadlock();
        };
        let now = nanotime();
        if when > now {
            std::thread::sleep(Duration::from_nanos((when - now) as u64));
        }
        let now = nanotime();
        while let Some(&Reverse((when, _, target, generation))) = s.timers.peek() {
            if when > now {
                break;
            }
            s.timers.pop();
            if target & 1 == 1 {
                crate::timer::expire((target & !1) as *mut crate::timer::RTimer, generation, now);
            } else {
                ready(target as *mut G);
            }
        }
    }
}

/// The monotonic clock the timers run on (`time.runtimeNano`).
pub fn nanotime() -> i64 {
    crate::time::runtime_nano()
}

/// Adds a timer-heap entry: at `when` (see [`nanotime`]) wake `target`,
/// a goroutine or (bit 0 set) a timer of generation `generation`.
pub(crate) fn add_timer(when: i64, target: usize, generation: u64) {
    let s = sched();
    s.timer_seq += 1;
    s.timers
        .push(Reverse((when, s.timer_seq, target, generation)));
}

/// The timers in the heap (bit 0 cleared), for the collector.
pub(crate) fn heap_timers() -> impl Iterator<Item = usize> {
    sched()
        .timers
        .iter()
        .filter(|Reverse((_, _, t, _))| t & 1 == 1)
        .map(|Reverse((_, _, t, _))| t & !1)
}

/// `runtime.Gosched()`: lets other goroutines run.
pub extern "C" fn gosched() {
    let g = getg();
    ready(g);
    schedule(g);
}

/// `time.Sleep(d)`: blocks the goroutine for `ns` nanoseconds.
pub extern "C" fn sleep(ns: i64) {
    if ns <= 0 {
        return;
    }
    let g = getg();
    add_timer(nanotime().saturating_add(ns), g as usize, 0);
    park("sleep");
}

/// `runtime.NumGoroutine() int`.
#[unsafe(export_name = "runtime.NumGoroutine")]
pub extern "C" fn num_goroutine() -> i64 {
    let live = sched()
        .allg
        .iter()
        // SAFETY: allg holds live G records.
        .filter(|&&g| unsafe { (*g).sched.status != Status::Dead && !(*g).sched.system })
        .count();
    1 + live as i64
}

/// `runtime.Goexit()`: ends the calling goroutine. Deferred calls are the
/// defer machinery's to run first (issue #3); returning from `main.main`
/// is what ends the program, so after the main goroutine exits the others
/// run until none is left.
pub extern "C" fn goexit() -> ! {
    let g = getg();
    // SAFETY: the running goroutine.
    unsafe {
        (*g).sched.status = Status::Dead;
        (*g).sched.entry = None;
        if g != crate::entry::main_g() {
            sched().free.push(g);
        }
    }
    schedule(g);
    crate::panic::throw("runtime: dead goroutine resumed")
}

/// `runtime.block()`: `select {}`.
pub extern "C" fn block() {
    loop {
        park("select (no cases)");
    }
}

/// Nothing can run and no timer is pending: gc's fatal deadlock report.
fn deadlock() -> ! {
    let main = crate::entry::main_g();
    // SAFETY: the main G record is always live.
    if unsafe { (*main).sched.status } == Status::Dead {
        sys::write_all(
            sys::STDERR,
            b"fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n",
        );
        sys::exit_process(2);
    }
    let mut out = b"fatal error: all goroutines are asleep - deadlock!\n".to_vec();
    // SAFETY: the main G and allg entries are live records.
    unsafe {
        let report = |out: &mut Vec<u8>, g: &G| {
            let s = &g.sched;
            crate::traceback::push_goroutine(out, g, s.wait_reason, s.park_pc, s.park_fp);
        };
        if (*main).sched.status != Status::Dead {
            report(&mut out, &*main);
        }
        for &g in &sched().allg {
            if (*g).sched.status == Status::Waiting && !(*g).sched.system {
                report(&mut out, &*g);
            }
        }
    }
    sys::write_all(sys::STDERR, &out);
    sys::exit_process(2)
}

/// `runtime.GC()`: a full collection (gc.rs); like gc's, the call lets
/// the other goroutines run while it collects (a goroutine looping on
/// `runtime.GC()` must not starve the others on the one thread, and the
/// finalizer goroutine gets to run).
pub extern "C" fn gc() {
    crate::gc::gc();
    gosched();
}

/// `runtime.GOMAXPROCS(n) int`: gocc runs goroutines on one thread.
#[unsafe(export_name = "runtime.GOMAXPROCS")]
pub extern "C" fn gomaxprocs(_n: i64) -> i64 {
    1
}

/// `runtime.NumCPU() int`.
#[unsafe(export_name = "runtime.NumCPU")]
pub extern "C" fn num_cpu() -> i64 {
    std::thread::available_parallelism().map_or(1, |n| n.get() as i64)
}

/// `runtime.KeepAlive(x any)`: only needs to exist.
#[unsafe(export_name = "runtime.KeepAlive")]
pub extern "C" fn keep_alive(_typ: usize, _data: usize) {}

/// `runtime.LockOSThread()` / `UnlockOSThread()`: there is one thread.
#[unsafe(export_name = "runtime.LockOSThread")]
pub extern "C" fn lock_os_thread() {}

#[unsafe(export_name = "runtime.UnlockOSThread")]
pub extern "C" fn unlock_os_thread() {}
