//! The defer and panic machinery of issue #3 (docs/defer.md).
//!
//! - Defer records: `deferprocStack` links a record living in the Go
//!   frame, `deferproc` a heap record, into the goroutine's defer chain;
//!   `deferpop(fp)` unlinks the newest record of frame `fp` and returns
//!   it (0 when the frame has none left). Generated code calls
//!   the closures itself: Go code is never called from Rust here, so the
//!   frame-pointer chain a panic walks never crosses Rust frames.
//! - Panics: [`start_panic`] pushes a panic record and resumes at the
//!   landing pad of the nearest frame with one (the call-site table of
//!   `unwind.rs`); the landing pad runs the frame's defers, asking
//!   `gocc_recovered(fp)` after each, and ends with
//!   `gocc_panic_continue(fp)`, which goes on with the caller's frames.
//!   Without a handler left, the panic chain is printed (`fatalpanic`).
//! - `gorecover(caller_fp, ret)`: the caller of `recover`'s caller must be
//!   the frame running this panic's deferred calls, seen through wrapper
//!   frames listed in `gocc.wraptab` (deferwraps of targets without
//!   results tail-call them, so the target's caller is the frame itself).

use crate::entry::{G, Panic, getg};
use crate::malloc::alloc_typed;
use crate::types::Eface;
use crate::types::{Type, layout_type};
use crate::util::Racy;

/// A defer record. The first field is the chain link (`entry::Defer`).
#[repr(C)]
pub struct DeferRec {
    pub link: *mut DeferRec,
    /// Frame pointer of the function that deferred the call.
    pub fp: usize,
    /// The zero-argument closure to run.
    pub closure: usize,
    /// What to do with the record once popped: [`STACK_REC`] (nothing),
    /// [`POOL_REC`] (back to the pool), else the size of a bump-allocated
    /// block holding the record and its closure (see [`deferproc_stack`]).
    pub heap: usize,
}

/// `DeferRec` for the collector: `link` and `closure` are pointers (`fp`
/// points into a stack).
static DEFER_REC_LAYOUT: Type = layout_type(
    "runtime._defer",
    core::mem::size_of::<DeferRec>() as u64,
    &[0b101],
);

/// `PanicRec` for the collector: the panic value's two words and `link`.
static PANIC_REC_LAYOUT: Type = layout_type(
    "runtime._panic",
    core::mem::size_of::<PanicRec>() as u64,
    &[0b110111],
);

/// `DeferRec::heap` of a record in a frame (or one gocc cannot reuse).
const STACK_REC: usize = 0;
/// `DeferRec::heap` of a record from the pool.
const POOL_REC: usize = 1;

/// A panic record: `entry::Panic` plus the unwinding state.
#[repr(C)]
pub struct PanicRec {
    pub p: Panic,
    /// The newest panic when this one started (`p.link` then; `link` may
    /// later skip records dropped by a recovery): when this panic was
    /// raised by one of its deferred calls, the traceback prints its frames
    /// after this one's.
    pub parent: *mut PanicRec,
    /// The frames this panic unwound (their stack is reused by the
    /// deferred calls that run): `ntrace` `(pc, fp)` pairs, in a block of
    /// the collected heap, from the raising call up to the frame whose
    /// landing pad runs (or ran) its deferred calls, extended each time
    /// it goes on to an older frame; the traceback prints them as gc
    /// prints the frames it never unwinds (traceback.rs
    /// `push_panic_frames`).
    pub trace: *mut (usize, usize),
    /// Frame pointer of the frame whose landing pad runs deferred calls
    /// for this panic (0 before the first one is found).
    pub frame_fp: usize,
    /// A newer panic unwound past the frame this one was in.
    pub aborted: bool,
    pub ntrace: usize,
}

impl PanicRec {
    /// The recorded frames ([`PanicRec::trace`]).
    pub fn frames(&self) -> &[(usize, usize)] {
        if self.ntrace == 0 {
            return &[];
        }
        // SAFETY: `trace` holds `ntrace` pairs.
        unsafe { core::slice::from_raw_parts(self.trace, self.ntrace) }
    }
}

/// Frames a panic record keeps (gc prints at most 100 per trace).
pub const TRACE_MAX: usize = 100;

/// The caller of frame `fp` (its return address and frame pointer), when
/// `fp` is a frame of `g`'s stack with a Go caller.
fn caller_of(g: &G, fp: usize) -> Option<(usize, usize)> {
    if fp == 0 || !fp.is_multiple_of(8) || fp < g.stack_lo || fp + 16 > g.stack_hi {
        return None;
    }
    // SAFETY: a frame pointer within the goroutine's stack.
    let (next, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
    (next != 0 && next > fp).then_some((ret, next))
}

/// Appends to `p`'s trace the frames from `(pc, fp)` up to the frame
/// `until` (inclusive; 0: to the outermost Go frame), at most
/// [`TRACE_MAX`] in all: counted first, then copied into a new block.
///
/// # Safety
/// `p` is a live panic record; `fp` a frame of the running goroutine.
unsafe fn record_frames(p: *mut PanicRec, pc: usize, fp: usize, until: usize) {
    let g = g();
    // SAFETY: the caller's contract.
    let rec = unsafe { &mut *p };
    let room = TRACE_MAX.saturating_sub(rec.ntrace);
    let walk = |f: &mut dyn FnMut(usize, usize)| {
        let (mut pc, mut fp, mut n) = (pc, fp, 0);
        while pc != 0 && n < room {
            f(pc, fp);
            n += 1;
            if fp == until {
                break;
            }
            match caller_of(g, fp) {
                Some(c) => (pc, fp) = c,
                None => break,
            }
        }
    };
    let mut n = 0;
    walk(&mut |_, _| n += 1);
    if n == 0 {
        return;
    }
    let size = core::mem::size_of::<(usize, usize)>();
    let buf = crate::malloc::alloc_noscan((rec.ntrace + n) * size) as *mut (usize, usize);
    // SAFETY: a fresh block for ntrace + n pairs; the old one holds ntrace.
    unsafe {
        if rec.ntrace > 0 {
            core::ptr::copy_nonoverlapping(rec.trace, buf, rec.ntrace);
        }
        let mut at = buf.add(rec.ntrace);
        walk(&mut |pc, fp| {
            *at = (pc, fp);
            at = at.add(1);
        });
    }
    rec.trace = buf;
    rec.ntrace += n;
}

fn g() -> &'static mut G {
    // SAFETY: the running goroutine, single-threaded.
    unsafe { &mut *getg() }
}

/// `runtime.deferprocStack(rec, fp, closure)`: links a record in the
/// caller's frame, or one in front of its closure in a heap block (a
/// defer in a loop; the compiler allocates both at once and passes
/// `closure == rec + 32`). Such a block is the newest allocation here, so
/// its size is known; the block is given back once its deferred call has
/// run (see [`deferpop`]).
#[unsafe(export_name = "runtime.deferprocStack")]
pub extern "C" fn deferproc_stack(rec: *mut DeferRec, fp: usize, closure: usize) {
    let g = g();
    let heap = if closure == rec as usize + core::mem::size_of::<DeferRec>() {
        crate::malloc::newest_size(rec as usize)
    } else {
        STACK_REC
    };
    // SAFETY: rec is a 32-byte slot of the caller's frame, or the front of
    // a fresh heap block.
    unsafe {
        *rec = DeferRec {
            link: g.defer.cast(),
            fp,
            closure,
            heap,
        };
    }
    g.defer = rec.cast();
}

/// Free heap records, linked through `link` (gc's per-P `deferpool`; one
/// pool suffices as Go code runs on one thread). A static, so the
/// collector sees the pooled records as reachable and never frees them.
struct Pool {
    head: *mut DeferRec,
    len: usize,
}

static POOL: Racy<Pool> = Racy::new(Pool {
    head: core::ptr::null_mut(),
    len: 0,
});

/// Records kept for reuse at most; more are left to the collector.
const POOL_MAX: usize = 256;

/// A heap record, from the pool when it has one.
fn new_heap_rec() -> *mut DeferRec {
    // SAFETY: single-threaded (util::Racy); pooled records are live.
    unsafe {
        let pool = &mut *POOL.get();
        let d = pool.head;
        if d.is_null() {
            return alloc_typed(core::mem::size_of::<DeferRec>(), &DEFER_REC_LAYOUT)
                as *mut DeferRec;
        }
        pool.head = (*d).link;
        pool.len -= 1;
        d
    }
}

/// Returns a popped heap record to the pool. Only `link` is written: the
/// caller of `deferpop` still reads the closure (offset 16) after the
/// record is back in the pool, before anything can take it out again
/// (no runtime call comes in between).
///
/// # Safety
/// `d` is a heap record no longer in any defer chain.
unsafe fn free_heap_rec(d: *mut DeferRec) {
    // SAFETY: single-threaded; d is the caller's.
    unsafe {
        let pool = &mut *POOL.get();
        if pool.len < POOL_MAX {
            (*d).link = pool.head;
            pool.head = d;
            pool.len += 1;
        }
    }
}

/// `runtime.deferproc(fp, closure)`: links a heap record (a defer in a
/// loop).
#[unsafe(export_name = "runtime.deferproc")]
pub extern "C" fn deferproc(fp: usize, closure: usize) {
    let g = g();
    let rec = new_heap_rec();
    // SAFETY: rec is a record-sized heap object nobody else uses.
    unsafe {
        *rec = DeferRec {
            link: g.defer.cast(),
            fp,
            closure,
            heap: POOL_REC,
        };
    }
    g.defer = rec.cast();
}

/// A popped heap block whose deferred call may still be running: given
/// back by a later `deferpop` of the same goroutine for the same frame
/// (the call returned, or a panic unwound it) or an outer one (the frame
/// is gone). Only one is kept; another one is left to the allocator as
/// it is (never reused by the bump allocator).
struct Pending {
    g: *mut G,
    rec: usize,
    fp: usize,
    size: usize,
}

static PENDING: Racy<Pending> = Racy::new(Pending {
    g: core::ptr::null_mut(),
    rec: 0,
    fp: 0,
    size: 0,
});

/// `runtime.deferpop(fp)`: unlinks the newest record of frame `fp` and
/// returns it (the caller loads the closure, which may be nil, at offset
/// 16, and calls it), or 0 when the frame has no record left. A pool
/// record goes back to the pool at once (see [`free_heap_rec`]), a heap
/// block once its call is over (see [`Pending`]).
#[unsafe(export_name = "runtime.deferpop")]
pub extern "C" fn deferpop(fp: usize) -> usize {
    let g = g();
    let gp: *mut G = g;
    // SAFETY: single-threaded (util::Racy).
    let pending = unsafe { &mut *PENDING.get() };
    if pending.rec != 0 && pending.g == gp && fp >= pending.fp {
        crate::malloc::release_newest(pending.rec, pending.size);
        pending.rec = 0;
    }
    let d = g.defer as *mut DeferRec;
    // SAFETY: chain records are live (frame records belong to frames
    // that are still running; they are popped before the frame exits).
    unsafe {
        if d.is_null() || (*d).fp != fp {
            return 0;
        }
        g.defer = (*d).link.cast();
        match (*d).heap {
            STACK_REC => {}
            POOL_REC => free_heap_rec(d),
            size => {
                *pending = Pending {
                    g: gp,
                    rec: d as usize,
                    fp,
                    size,
                }
            }
        }
        d as usize
    }
}

fn newest() -> *mut PanicRec {
    g().panic as *mut PanicRec
}

/// Starts a panic with `arg` (every panic ends up here): records it and
/// resumes at the nearest landing pad above the Go frame that called the
/// runtime (`traceback::CALLER_FP`).
pub fn start_panic(arg: Eface) -> ! {
    let g = g();
    let rec = alloc_typed(core::mem::size_of::<PanicRec>(), &PANIC_REC_LAYOUT) as *mut PanicRec;
    // SAFETY: fresh allocation of the right size.
    unsafe {
        *rec = PanicRec {
            p: Panic {
                arg,
                link: g.panic,
                recovered: false,
                repanicked: false,
                goexit: false,
            },
            parent: g.panic.cast(),
            trace: core::ptr::null_mut(),
            frame_fp: 0,
            aborted: false,
            ntrace: 0,
        };
    }
    g.panic = rec.cast();
    // SAFETY: single-threaded; set by the entry shim of this panic.
    let fp = unsafe { *crate::traceback::CALLER_FP.get() };
    unwind_from(fp)
}

/// Continues the newest panic with the frames above `fp` (the frame that
/// called into the runtime when the panic starts, else the frame whose
/// landing pad ran its deferred calls).
fn unwind_from(fp: usize) -> ! {
    let g = g();
    // SAFETY: fp is a frame of this goroutine's stack; the walk is bounded
    // by the stack.
    let h = unsafe { crate::unwind::find_handler_within(fp, g.stack_lo, g.stack_hi) };
    let p = newest();
    if !p.is_null() {
        // SAFETY: a live record; frames of this goroutine.
        unsafe {
            let until = h.map_or(0, |h| h.fp);
            if (*p).ntrace == 0 {
                let (pc, cfp) = crate::traceback::caller();
                record_frames(p, pc, cfp, until);
            } else if fp >= g.stack_lo && fp + 16 <= g.stack_hi {
                let (next, ret) = (*(fp as *const usize), *((fp + 8) as *const usize));
                if next > fp {
                    record_frames(p, ret, next, until);
                }
            }
        }
    }
    match h {
        Some(h) if !p.is_null() => {
            // SAFETY: panic records are live heap records.
            unsafe {
                (*p).frame_fp = h.fp;
                // Older panics running defers in this frame or a deeper one
                // are aborted by this one.
                let mut q = (*p).p.link as *mut PanicRec;
                while !q.is_null() {
                    // A Goexit is never aborted: it resumes once a panic
                    // raised by its deferred calls is recovered.
                    if !(*q).p.goexit && (*q).frame_fp != 0 && (*q).frame_fp <= h.fp {
                        (*q).aborted = true;
                    }
                    q = (*q).p.link as *mut PanicRec;
                }
                crate::unwind::resume(h, 0, 0)
            }
        }
        // SAFETY: p is a live record.
        _ if !p.is_null() && unsafe { (*p).p.goexit } => {
            // Goexit ran every deferred call: the goroutine ends.
            // SAFETY: as above.
            g.panic = unsafe { (*p).p.link };
            crate::sched::goexit()
        }
        // SAFETY: the chain is non-empty.
        _ => unsafe { crate::panic::fatalpanic(g) },
    }
}

/// `runtime.Goexit()`: runs the goroutine's deferred calls (with
/// `recover` returning nil), then ends the goroutine.
pub extern "C" fn goexit() -> ! {
    if crate::unwind::no_handlers() {
        crate::sched::goexit()
    }
    let g = g();
    let rec = alloc_typed(core::mem::size_of::<PanicRec>(), &PANIC_REC_LAYOUT) as *mut PanicRec;
    // SAFETY: fresh allocation of the right size.
    unsafe {
        *rec = PanicRec {
            p: Panic {
                arg: Eface {
                    typ: core::ptr::null(),
                    data: core::ptr::null(),
                },
                link: g.panic,
                recovered: false,
                repanicked: false,
                goexit: true,
            },
            parent: g.panic.cast(),
            trace: core::ptr::null_mut(),
            frame_fp: 0,
            aborted: false,
            ntrace: 0,
        };
    }
    g.panic = rec.cast();
    // SAFETY: single-threaded; set by the entry shim.
    let fp = unsafe { *crate::traceback::CALLER_FP.get() };
    unwind_from(fp)
}

/// `runtime.gocc_panic_continue(fp)`: the landing pad of frame `fp` ran
/// every deferred call without recovering.
#[unsafe(export_name = "runtime.gocc_panic_continue")]
pub extern "C" fn panic_continue(fp: usize) -> ! {
    unwind_from(fp)
}

/// `runtime.gocc_recovered(fp)`: after a deferred call in the landing pad
/// of frame `fp`: 1 if it recovered the panic, which is then finished
/// (with the panics it aborted); the frame returns normally.
#[unsafe(export_name = "runtime.gocc_recovered")]
pub extern "C" fn recovered(fp: usize) -> u8 {
    let g = g();
    let p = newest();
    // SAFETY: panic records are live heap records.
    unsafe {
        if p.is_null() || !(*p).p.recovered || (*p).frame_fp != fp {
            return 0;
        }
        let mut q = (*p).p.link as *mut PanicRec;
        while !q.is_null() && (*q).aborted {
            q = (*q).p.link as *mut PanicRec;
        }
        g.panic = q.cast();
        g.sig = 0;
        if !q.is_null() && (*q).p.goexit && fp >= (*q).frame_fp {
            // The recovered panic interrupted a Goexit, and returning from
            // this frame would skip it (this is the frame running the
            // Goexit's deferred calls, or an older one): the Goexit goes
            // on with this frame's remaining deferred calls (gc's
            // recovery). A frame deeper than the Goexit's one recovers
            // normally and returns to its caller.
            (*q).frame_fp = fp;
            return 0;
        }
    }
    1
}

// `gocc.wraptab` (codegen::deferwrap_table: `{n u64, [n]{func u64, size
// u32, pad u32}}`) is weak: a program may have no wrapper making a call.
core::arch::global_asm!(
    ".weak \"gocc.wraptab\"",
    ".text",
    ".p2align 4",
    ".globl gocc_rt_wraptab_addr",
    "gocc_rt_wraptab_addr:",
    "mov rax, [rip + \"gocc.wraptab\"@GOTPCREL]",
    "ret",
);

unsafe extern "C" {
    fn gocc_rt_wraptab_addr() -> *const u64;
}

/// Wrapper frames `gorecover` looks through at most (a deferwrap, a
/// method-value closure, an adapter or two).
const MAX_WRAPPERS: usize = 8;

/// Whether `pc` is in the code of a wrapper of `gocc.wraptab` (a linear
/// scan, only when `recover` is called while panicking).
fn in_wrapper(pc: usize) -> bool {
    // SAFETY: the table is codegen's read-only data (or absent: null).
    unsafe {
        let t = gocc_rt_wraptab_addr();
        if t.is_null() {
            return false;
        }
        let n = *t as usize;
        let es = core::slice::from_raw_parts(t.add(1), 2 * n);
        es.chunks_exact(2).any(|e| {
            let start = e[0] as usize;
            let size = (e[1] & 0xffff_ffff) as usize;
            pc > start && pc <= start + size
        })
    }
}

/// `runtime.gorecover(caller_fp, ret)`: `recover()` in a function whose
/// caller has frame pointer `caller_fp` and which returns to `ret`.
#[unsafe(export_name = "runtime.gorecover")]
pub extern "C" fn gorecover(caller_fp: usize, ret: usize) -> Eface {
    let none = Eface {
        typ: core::ptr::null(),
        data: core::ptr::null(),
    };
    let p = newest();
    // SAFETY: panic records are live heap records; caller_fp is a frame of
    // this goroutine's stack.
    unsafe {
        if p.is_null() || (*p).p.recovered || (*p).p.goexit || (*p).frame_fp == 0 {
            return none;
        }
        // The function calling recover returns to `ret` in its caller,
        // whose frame is `fp`. That caller must be the frame running this
        // panic's deferred calls, seen through wrapper frames (gc's
        // WRAPPER functions, listed in `gocc.wraptab`): a deferwrap of a
        // target with results, a method-value closure, an interface
        // adapter. Deferwraps of targets without results tail-call them.
        let g = g();
        let (mut fp, mut ret) = (caller_fp, ret);
        let mut ok = false;
        for _ in 0..MAX_WRAPPERS {
            if fp == (*p).frame_fp {
                ok = true;
                break;
            }
            if fp < g.stack_lo || fp + 16 > g.stack_hi || !in_wrapper(ret) {
                break;
            }
            ret = *((fp + 8) as *const usize);
            fp = *(fp as *const usize);
        }
        if !ok {
            return none;
        }
        (*p).p.recovered = true;
        (*p).p.arg
    }
}

/// `runtime.gocc_rterror_error(typ, data)`: the `Error()` text of a
/// runtime error value (the itab adapters of rterror.rs call this).
#[unsafe(export_name = "runtime.gocc_rterror_error")]
pub extern "C" fn rterror_error(
    typ: *const crate::types::Type,
    data: usize,
) -> crate::types::GoString {
    // SAFETY: typ is one of the runtime's error descriptors.
    match unsafe { (*typ).string_method(b"Error") } {
        Some(m) => crate::types::call_string_method(m, data),
        None => crate::types::GoString::EMPTY,
    }
}

/// `(*runtime.PanicNilError).Error`, runtime convention (ssagen's `·rt`
/// adapters and direct calls).
#[unsafe(export_name = "runtime.(*PanicNilError).Error")]
pub extern "C" fn panic_nil_error_error(_recv: usize) -> crate::types::GoString {
    crate::types::GoString::from_static("panic called with nil argument")
}

/// `(*runtime.PanicNilError).RuntimeError`: a marker.
#[unsafe(export_name = "runtime.(*PanicNilError).RuntimeError")]
pub extern "C" fn panic_nil_runtime_error(_recv: usize) {}
