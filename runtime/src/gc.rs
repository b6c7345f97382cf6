//! The garbage collector's driver, on by default: the global heap
//! (mem/), gc's pacing (`GOGC`), `GODEBUG=gctrace=1`, the stress knob
//! `GOCC_GCSTRESS=N` (collect every N KB allocated), the roots of a
//! running program, and the runtime API: `runtime.GC`, `ReadMemStats`,
//! `SetFinalizer` (finalizers run on their own goroutine), and
//! `runtime/debug.SetGCPercent` / `FreeOSMemory`. docs/gc.md has the
//! design.

use crate::mem::Heap;
pub use crate::mem::Marker;
use crate::mem::mark::{Cycle, Fin, Pacer};
use crate::sys;
use crate::types::{Type, kind};
use crate::util::Racy;

static HEAP: Racy<Option<Heap>> = Racy::new(None);
static PACER: Racy<Pacer> = Racy::new(Pacer::new());

/// gctrace level, the program's start time, and the finalizer goroutine.
struct State {
    gctrace: i64,
    start_ns: u64,
    fing: *mut crate::entry::G,
    fing_parked: bool,
}

static STATE: Racy<State> = Racy::new(State {
    gctrace: 0,
    start_ns: 0,
    fing: core::ptr::null_mut(),
    fing_parked: false,
});

/// The heap and its pacer, set up on first use.
#[inline(always)]
pub fn heap() -> (&'static mut Heap, &'static mut Pacer) {
    // SAFETY: one thread runs Go code (tests serialise through malloc's
    // lock); no caller keeps these across a collection it triggers.
    unsafe {
        let h = match (*HEAP.get()).as_mut() {
            Some(h) => h,
            None => init_heap(),
        };
        (h, &mut *PACER.get())
    }
}

#[cold]
fn init_heap() -> &'static mut Heap {
    let Some(h) = Heap::new(0xc0_0000_0000) else {
        sys::write_all(sys::STDERR, b"fatal error: runtime: cannot reserve arena\n");
        sys::exit_process(2);
    };
    // SAFETY: single-threaded start-up (or the test lock).
    unsafe {
        *HEAP.get() = Some(h);
        (*HEAP.get()).as_mut().unwrap_unchecked()
    }
}

/// gc's `readGOGC`: `off` disables collection, a number sets the percent,
/// anything else is 100.
fn parse_gogc(v: &str) -> i64 {
    if v == "off" {
        return -1;
    }
    v.parse::<i64>().unwrap_or(100)
}

/// Turns collection on (from `main`, before any Go code runs), reading
/// `GOGC`, `GODEBUG=gctrace=N` and `GOCC_GCSTRESS=N`.
pub fn init() {
    let (_, pacer) = heap();
    // SAFETY: single-threaded start-up.
    let st = unsafe { &mut *STATE.get() };
    st.start_ns = crate::time::runtime_nano() as u64;
    if let Some(v) = std::env::var_os("GOGC") {
        pacer.gcpercent = parse_gogc(&v.to_string_lossy());
    }
    if let Some(v) = std::env::var_os("GODEBUG") {
        for kv in v.to_string_lossy().split(',') {
            if let Some(n) = kv.strip_prefix("gctrace=") {
                st.gctrace = n.parse().unwrap_or(0);
            }
        }
    }
    if let Some(v) = std::env::var_os("GOCC_GCSTRESS")
        && let Ok(kb) = v.to_string_lossy().parse::<u64>()
        && kb > 0
    {
        pacer.stress = kb << 10;
    }
    pacer.set_goal(0);
    pacer.auto = true;
}

/// The allocation slow path: may collect first, when running on a
/// goroutine stack (not, say, on the signal stack, whose interrupted
/// frames cannot be scanned reliably).
#[inline(never)]
pub fn malloc_slow(
    h: &mut Heap,
    pacer: &mut Pacer,
    size: usize,
    typ: *const Type,
    noscan: bool,
) -> *mut u8 {
    let before = h.collections;
    let p = if on_goroutine_stack() {
        h.alloc_slow(pacer, size, typ, noscan, Some(&mut scan_goroutines))
    } else {
        h.alloc_slow(pacer, size, typ, noscan, None)
    };
    if h.collections != before {
        after_cycle(h, pacer, h.last, false);
    }
    p
}

fn on_goroutine_stack() -> bool {
    let here = 0u8;
    let sp = &raw const here as usize;
    let g = crate::entry::getg();
    // SAFETY: the running goroutine's record.
    unsafe { (*g).stack_lo <= sp && sp < (*g).stack_hi }
}

/// Runs a collection now (`runtime.GC`, `FreeOSMemory`). Called from Go
/// code with no Go pointer held in a runtime frame, so the stack below
/// the caller is cleared first: the collector's own frames are then built
/// on zeroed memory, and a slot they leave uninitialized cannot hold a
/// stale pointer from an earlier runtime call (Boehm's GC_clear_stack)
/// that would keep a dead object alive.
pub fn collect_now() {
    let (_, pacer) = heap();
    if !pacer.auto || !on_goroutine_stack() {
        return;
    }
    clear_stack_below(CLEAR_STACK);
    collect_forced();
}

/// How much of the stack below a forced collection's caller is cleared.
const CLEAR_STACK: usize = 64 << 10;

/// Zeroes up to `n` bytes of the unused stack below the current frame
/// (less when the goroutine's stack ends sooner).
#[inline(never)]
fn clear_stack_below(n: usize) {
    let here = 0u8;
    let sp = &raw const here as usize;
    let g = crate::entry::getg();
    // SAFETY: the running goroutine's record.
    let lo = unsafe { (*g).stack_lo };
    // Keep well clear of this frame and of the guard page.
    let top = (sp - 256) & !7;
    let bottom = top.saturating_sub(n).max(lo + 4096);
    let mut p = bottom;
    while p < top {
        // SAFETY: unused stack of the running goroutine, below every live
        // frame (signal handlers run on their own stack).
        unsafe { core::ptr::write_volatile(p as *mut u64, 0) };
        p += 8;
    }
}

#[inline(never)]
fn collect_forced() {
    let (h, pacer) = heap();
    let cyc = h.collect(pacer, &mut scan_goroutines);
    h.stats.num_forced_gc += 1;
    after_cycle(h, pacer, cyc, true);
}

/// gctrace, and the finalizer goroutine's wake-up.
fn after_cycle(h: &mut Heap, pacer: &mut Pacer, cyc: Cycle, forced: bool) {
    // SAFETY: single-threaded.
    let st = unsafe { &mut *STATE.get() };
    if st.gctrace > 0 {
        trace_line(h, cyc, forced, st.start_ns);
    }
    if !pacer.queue.is_empty() && st.fing_parked && !st.fing.is_null() {
        st.fing_parked = false;
        crate::sched::ready(st.fing);
    }
}

/// gc's `itoaDiv`: `val / 10^dec` with `dec` decimals.
fn itoa_div(out: &mut Vec<u8>, val: u64, dec: usize) {
    let digits = format!("{val:0width$}", width = dec + 1);
    let (int, frac) = digits.split_at(digits.len() - dec);
    out.extend_from_slice(int.as_bytes());
    if dec > 0 {
        out.push(b'.');
        out.extend_from_slice(frac.as_bytes());
    }
}

/// gc's `fmtNSAsMS`.
fn fmt_ns_as_ms(out: &mut Vec<u8>, ns: u64) {
    if ns >= 10_000_000 {
        itoa_div(out, ns / 1_000_000, 0);
        return;
    }
    let mut x = ns / 1000;
    if x == 0 {
        out.push(b'0');
        return;
    }
    let mut dec = 3;
    while x >= 100 {
        x /= 10;
        dec -= 1;
    }
    itoa_div(out, x, dec);
}

/// One line in gc's gctrace format (mgc.go's gcMarkTermination). The
/// world is stopped for the whole cycle, so the concurrent phases are 0:
/// the clock figures are sweep termination (0), marking, and sweeping.
fn trace_line(h: &Heap, cyc: Cycle, forced: bool, start_ns: u64) {
    let mut out = Vec::new();
    let now = crate::time::runtime_nano() as u64;
    let elapsed = now.saturating_sub(start_ns).max(1);
    let util = h.stats.pause_total_ns * 100 / elapsed;
    out.extend_from_slice(format!("gc {} @", h.stats.num_gc).as_bytes());
    itoa_div(
        &mut out,
        cyc.start_ns.saturating_sub(start_ns) / 1_000_000,
        3,
    );
    out.extend_from_slice(format!("s {util}%: ").as_bytes());
    fmt_ns_as_ms(&mut out, 0);
    out.push(b'+');
    fmt_ns_as_ms(&mut out, cyc.mark_ns);
    out.push(b'+');
    fmt_ns_as_ms(&mut out, cyc.sweep_ns);
    out.extend_from_slice(b" ms clock, ");
    fmt_ns_as_ms(&mut out, 0);
    out.push(b'+');
    fmt_ns_as_ms(&mut out, 0);
    out.push(b'/');
    fmt_ns_as_ms(&mut out, cyc.mark_ns);
    out.push(b'/');
    fmt_ns_as_ms(&mut out, 0);
    out.push(b'+');
    fmt_ns_as_ms(&mut out, cyc.sweep_ns);
    let globals = (&raw const __data_start as usize).abs_diff(&raw const _end as usize) as u64;
    out.extend_from_slice(
        format!(
            " ms cpu, {}->{}->{} MB, {} MB goal, {} MB stacks, {} MB globals, 1 P",
            cyc.heap0 >> 20,
            cyc.heap1 >> 20,
            cyc.heap2 >> 20,
            cyc.goal >> 20,
            0,
            globals >> 20
        )
        .as_bytes(),
    );
    if forced {
        out.extend_from_slice(b" (forced)");
    }
    out.push(b'\n');
    sys::write_all(sys::STDERR, &out);
}

unsafe extern "C" {
    static __data_start: u8;
    static _end: u8;
}

// Spills the callee-saved registers onto the stack and calls
// `f(ctx, sp)` with the resulting stack pointer, so that pointers held
// only in registers are seen by the stack scan.
core::arch::global_asm!(
    ".text",
    ".p2align 4",
    ".globl gocc_rt_with_spilled_regs",
    "gocc_rt_with_spilled_regs:",
    "push rbp",
    "mov rbp, rsp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "sub rsp, 8",
    "mov rax, rsi",
    "mov rsi, rsp",
    "call rax",
    "add rsp, 8",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
);

unsafe extern "C" {
    fn gocc_rt_with_spilled_regs(ctx: *mut u8, f: extern "C" fn(*mut u8, usize));
}

/// Calls `f` with the current stack pointer after spilling registers.
pub fn with_spilled_registers(f: &mut dyn FnMut(usize)) {
    extern "C" fn tramp(ctx: *mut u8, sp: usize) {
        // SAFETY: ctx is the `&mut &mut dyn FnMut` passed below.
        let f = unsafe { &mut *(ctx as *mut &mut dyn FnMut(usize)) };
        f(sp);
    }
    let mut f = f;
    // SAFETY: the trampoline only calls back into `f`.
    unsafe { gocc_rt_with_spilled_regs((&raw mut f).cast(), tramp) };
}

/// Scanners of runtime structures outside the collected heap (allocated
/// by Rust's allocator) that may hold the only reference to a Go object,
/// such as the scheduler's timer heap. Registered once each, at start-up.
static ROOT_SCANNERS: Racy<[Option<RootScanner>; 8]> = Racy::new([None; 8]);

/// Shows the collector the Go pointers of one runtime structure.
pub type RootScanner = fn(&mut Marker);

/// Adds `f` to the roots every collection scans (a second registration of
/// the same `f` is ignored).
pub fn add_root_scanner(f: RootScanner) {
    // SAFETY: single-threaded.
    let scanners = unsafe { &mut *ROOT_SCANNERS.get() };
    if scanners.iter().flatten().any(|&g| g as usize == f as usize) {
        return;
    }
    match scanners.iter_mut().find(|s| s.is_none()) {
        Some(slot) => *slot = Some(f),
        None => crate::panic::throw("runtime: too many root scanners"),
    }
}

/// Roots of a running program (all scanned conservatively): the running
/// goroutine's stack and registers, every other goroutine's saved stack,
/// the G records, and what the registered root scanners show.
fn scan_goroutines(m: &mut Marker) {
    // SAFETY: single-threaded; the array is not changed while scanning.
    for f in unsafe { *ROOT_SCANNERS.get() }.into_iter().flatten() {
        f(m);
    }
    let cur = crate::entry::getg();
    with_spilled_registers(&mut |sp| {
        // SAFETY: the running goroutine's stack is live from sp up.
        let hi = unsafe { (*cur).stack_hi };
        if hi > sp {
            m.scan_range(sp, hi);
        }
    });
    crate::sched::for_each_g(&mut |g| {
        // SAFETY: G records are live; parked stacks are intact.
        unsafe {
            m.scan_range(
                g as usize,
                g as usize + core::mem::size_of::<crate::entry::G>(),
            );
            if g != cur && (*g).stack_hi > (*g).sched.rsp && (*g).sched.rsp != 0 {
                m.scan_range((*g).sched.rsp, (*g).stack_hi);
            }
        }
    });
}

/// [`scan_goroutines`] for tests driving a private heap from a test
/// thread, whose own stack is not a goroutine stack and is not scanned.
#[cfg(test)]
pub fn scan_goroutines_for_test(m: &mut Marker) {
    scan_goroutines(m);
}

/// `runtime.GC()`: a full collection, then a yield so that other
/// goroutines (the finalizer goroutine among them) run, as the background
/// work of gc's GC would let them.
pub fn gc() {
    collect_now();
}

/// gc's `runtime.MemStats`, field for field (crates/gocc/std/runtime.go
/// declares the Go side).
#[repr(C)]
pub struct MemStats {
    pub alloc: u64,
    pub total_alloc: u64,
    pub sys: u64,
    pub lookups: u64,
    pub mallocs: u64,
    pub frees: u64,
    pub heap_alloc: u64,
    pub heap_sys: u64,
    pub heap_idle: u64,
    pub heap_inuse: u64,
    pub heap_released: u64,
    pub heap_objects: u64,
    pub stack_inuse: u64,
    pub stack_sys: u64,
    pub mspan_inuse: u64,
    pub mspan_sys: u64,
    pub mcache_inuse: u64,
    pub mcache_sys: u64,
    pub buck_hash_sys: u64,
    pub gc_sys: u64,
    pub other_sys: u64,
    pub next_gc: u64,
    pub last_gc: u64,
    pub pause_total_ns: u64,
    pub pause_ns: [u64; 256],
    pub pause_end: [u64; 256],
    pub num_gc: u32,
    pub num_forced_gc: u32,
    pub gc_cpu_fraction: f64,
    pub enable_gc: bool,
    pub debug_gc: bool,
    pub by_size: [BySize; 61],
}

#[repr(C)]
pub struct BySize {
    pub size: u32,
    pub mallocs: u64,
    pub frees: u64,
}

/// `runtime.readMemStats(m *uint64)`: fills the `MemStats` at `m` (the
/// Go-written `ReadMemStats` passes `&m.Alloc`).
#[unsafe(export_name = "runtime.readMemStats")]
pub extern "C" fn read_mem_stats(m: *mut MemStats) {
    let (h, pacer) = heap();
    let mallocs = h.mallocs();
    let alloc = h.heap_alloc();
    let heap_sys = h.heap_sys();
    let heap_inuse = h.heap_inuse();
    let released = (h.pages.free_bytes() as u64).saturating_sub((h.pages.dirty * 8192) as u64);
    let span_bytes = (h.spans.len() * core::mem::size_of::<crate::mem::span::Span>()) as u64;
    let st = &h.stats;
    // SAFETY: per the signature, a MemStats.
    let m = unsafe { &mut *m };
    let total_alloc = st.total_alloc + (alloc - st.heap_live);
    let stack = crate::sched::stack_bytes() as u64;
    m.alloc = alloc;
    m.total_alloc = total_alloc;
    m.mallocs = mallocs;
    m.frees = st.frees;
    m.heap_alloc = alloc;
    m.heap_sys = heap_sys;
    m.heap_idle = heap_sys - heap_inuse;
    m.heap_inuse = heap_inuse;
    m.heap_released = released;
    m.heap_objects = mallocs - st.frees;
    m.stack_inuse = stack;
    m.stack_sys = stack;
    m.mspan_inuse = span_bytes;
    m.mspan_sys = span_bytes;
    m.gc_sys = span_bytes / 4;
    m.sys = heap_sys + stack + span_bytes + m.gc_sys;
    m.next_gc = if pacer.next_gc == u64::MAX {
        0
    } else {
        pacer.next_gc
    };
    m.last_gc = st.last_gc_unix_ns;
    m.pause_total_ns = st.pause_total_ns;
    m.pause_ns = st.pause_ns;
    m.pause_end = st.pause_end;
    m.num_gc = st.num_gc;
    m.num_forced_gc = st.num_forced_gc;
    // SAFETY: single-threaded.
    let start = unsafe { (*STATE.get()).start_ns };
    let elapsed = (crate::time::runtime_nano() as u64).saturating_sub(start);
    m.gc_cpu_fraction = if elapsed == 0 {
        0.0
    } else {
        st.pause_total_ns as f64 / elapsed as f64
    };
    m.enable_gc = true;
    m.debug_gc = false;
    for (i, b) in m.by_size.iter_mut().enumerate() {
        b.size = crate::mem::class::CLASS_SIZE[i] as u32;
    }
}

/// `runtime/debug.SetGCPercent(percent int) int`: sets GOGC, returns the
/// previous setting (a negative value turns collection off).
#[unsafe(export_name = "runtime/debug.SetGCPercent")]
pub extern "C" fn set_gc_percent(percent: i64) -> i64 {
    let (h, pacer) = heap();
    let old = pacer.gcpercent;
    pacer.gcpercent = percent.max(-1);
    pacer.set_goal(h.stats.heap_marked);
    old
}

/// `runtime/debug.FreeOSMemory()`: a collection, then every free page
/// goes back to the OS.
#[unsafe(export_name = "runtime/debug.FreeOSMemory")]
pub extern "C" fn free_os_memory() {
    collect_now();
    let (h, _) = heap();
    h.pages.scavenge(0);
}

/// Adds the fast path's recent allocations to the counters, for tests
/// comparing them.
pub fn flush_counters() {
    let (h, _) = heap();
    h.flush_all();
}

// ---------------------------------------------------------------------
// Finalizers.

/// `runtime.SetFinalizer(obj any, finalizer any)`, with gc's checks and
/// fatal errors.
#[unsafe(export_name = "runtime.SetFinalizer")]
pub extern "C" fn set_finalizer(otyp: *const Type, obj: usize, ftyp: *const Type, fnv: usize) {
    // SAFETY: interface type words are valid descriptors or null.
    let Some(et) = (unsafe { otyp.as_ref() }) else {
        crate::panic::throw("runtime.SetFinalizer: first argument is nil");
    };
    if et.kind != kind::POINTER {
        let msg = format!(
            "runtime.SetFinalizer: first argument is {}, not pointer",
            String::from_utf8_lossy(et.name())
        );
        crate::panic::throw(&msg);
    }
    let (h, pacer) = heap();
    // Objects outside the heap (package variables, zero-size values) are
    // never collected: nothing to do, as in gc.
    let Some((s, i)) = h.find(obj) else {
        return;
    };
    // SAFETY: a live span.
    let start = unsafe { (*s).start + i * (*s).elem };
    if start != obj {
        crate::panic::throw("runtime.SetFinalizer: pointer not at beginning of allocated block");
    }
    // SAFETY: as above.
    let Some(ft) = (unsafe { ftyp.as_ref() }) else {
        pacer.fins.retain(|f| f.obj != obj);
        return;
    };
    if ft.kind != kind::FUNC {
        let msg = format!(
            "runtime.SetFinalizer: second argument is {}, not a function",
            String::from_utf8_lossy(ft.name())
        );
        crate::panic::throw(&msg);
    }
    if fnv == 0 {
        pacer.fins.retain(|f| f.obj != obj);
        return;
    }
    let cannot = || -> ! {
        let msg = format!(
            "runtime.SetFinalizer: cannot pass {} to finalizer {}",
            String::from_utf8_lossy(et.name()),
            String::from_utf8_lossy(ft.name())
        );
        crate::panic::throw(&msg)
    };
    let params = ft.fields();
    if ft.variadic != 0 || ft.len != 1 {
        cannot();
    }
    let pt = params[0].typ;
    // SAFETY: field types are valid descriptors.
    let p = unsafe { &*pt };
    // The argument is passed as the pointer itself when the parameter is
    // the object's type, an unnamed pointer type to the same element (gc
    // allows either to be named), or unsafe.Pointer.
    let same_pointer =
        p.kind == kind::POINTER && !(p.is_named() && et.is_named()) && p.elem == et.elem;
    let tab = if core::ptr::eq(pt, otyp) || same_pointer || p.kind == kind::UNSAFE_POINTER {
        0
    } else if p.kind == kind::INTERFACE {
        if p.nmethods == 0 {
            otyp as usize
        } else {
            match crate::iface::find_itab(pt, otyp) {
                Some(t) => t as usize,
                None => cannot(),
            }
        }
    } else {
        cannot()
    };
    if pacer.fins.iter().any(|f| f.obj == obj) {
        crate::panic::throw("runtime.SetFinalizer: finalizer already set");
    }
    if call_shape(ft).is_none() {
        crate::panic::throw(
            "runtime.SetFinalizer: gocc cannot call a finalizer with these results",
        );
    }
    pacer.fins.push(Fin {
        obj,
        fnv,
        tab,
        ftyp,
    });
    start_fing();
}

/// Starts the finalizer goroutine on first use (gc's `createfing`).
fn start_fing() {
    // SAFETY: single-threaded.
    let st = unsafe { &mut *STATE.get() };
    if st.fing.is_null() {
        st.fing = crate::sched::newproc_system(fing_main, core::ptr::null_mut());
    }
}

/// Scalar leaves of a value of type `t` as ssagen's `abi::leaf_count`
/// counts them, capped just above `limit`.
fn leaf_count(t: &Type, limit: usize) -> usize {
    match t.kind {
        kind::STRING | kind::COMPLEX64 | kind::COMPLEX128 | kind::INTERFACE => 2,
        kind::SLICE => 3,
        kind::ARRAY => {
            // SAFETY: an array descriptor's elem is a valid descriptor.
            let e = leaf_count(unsafe { &*t.elem }, limit);
            if e == 0 {
                0
            } else if t.len as usize > limit {
                limit + 1
            } else {
                (e * t.len as usize).min(limit + 1)
            }
        }
        kind::STRUCT => {
            let mut n = 0;
            for f in t.fields() {
                // SAFETY: field types are valid descriptors.
                n += leaf_count(unsafe { &*f.typ }, limit);
                if n > limit {
                    return limit + 1;
                }
            }
            n
        }
        _ => 1,
    }
}

/// How a finalizer of func type `ft` is called (docs/abi.md, ssagen's
/// `abi::pass_of`): the sizes of the result buffers passed as hidden
/// parameters before the argument (results that are aggregates of more
/// than 4 leaves); the other results come back in registers and are
/// dropped. None when the results would not all fit in rax:rdx.
fn call_shape(ft: &Type) -> Option<Vec<usize>> {
    const MAX_FLAT_LEAVES: usize = 4;
    let mut bufs = Vec::new();
    let mut in_regs = 0;
    for f in &ft.fields()[ft.len as usize..] {
        // SAFETY: field types are valid descriptors.
        let t = unsafe { &*f.typ };
        let n = leaf_count(t, MAX_FLAT_LEAVES);
        if matches!(t.kind, kind::STRUCT | kind::ARRAY) && n > MAX_FLAT_LEAVES {
            bufs.push(t.size as usize);
        } else {
            in_regs += n;
        }
    }
    (in_regs <= 2 && bufs.len() + 3 <= 6).then_some(bufs)
}

/// The finalizer goroutine: runs queued finalizers in order, then parks
/// until a collection queues more.
unsafe extern "C" fn fing_main(_arg: *mut u8) {
    loop {
        loop {
            let (_, pacer) = heap();
            if pacer.queue.is_empty() {
                break;
            }
            let f = pacer.queue.remove(0);
            // SAFETY: checked by SetFinalizer: a func type.
            let bufs = call_shape(unsafe { &*f.ftyp }).unwrap_or_default();
            // The closure, a buffer per by-reference result, then the
            // argument: one pointer, or an interface's two words.
            let mut args = [0usize; 6];
            let mut n = 0;
            args[n] = f.fnv;
            n += 1;
            for size in bufs {
                args[n] = crate::malloc::alloc(size) as usize;
                n += 1;
            }
            if f.tab != 0 {
                args[n] = f.tab;
                n += 1;
            }
            args[n] = f.obj;
            // SAFETY: a func value's first word is its code pointer; the
            // argument words follow the finalizer's signature.
            unsafe {
                let code = *(f.fnv as *const usize);
                gocc_rt_call_go(code, args.as_ptr());
            }
        }
        // SAFETY: single-threaded.
        unsafe { (*STATE.get()).fing_parked = true };
        crate::sched::park("finalizer wait");
    }
}

// Calls a Go function (`tail` convention, arguments in rdi, rsi, rdx, rcx,
// r8, r9) with the six words at `args` from Rust: every register is
// assumed clobbered, so the SystemV callee-saved ones are kept here.
core::arch::global_asm!(
    ".text",
    ".p2align 4",
    ".globl gocc_rt_call_go",
    "gocc_rt_call_go:",
    "push rbp",
    "mov rbp, rsp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "sub rsp, 8",
    "mov rax, rdi",
    "mov r11, rsi",
    "mov rdi, [r11]",
    "mov rsi, [r11 + 8]",
    "mov rdx, [r11 + 16]",
    "mov rcx, [r11 + 24]",
    "mov r8, [r11 + 32]",
    "mov r9, [r11 + 40]",
    "call rax",
    "add rsp, 8",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
);

unsafe extern "C" {
    /// Calls Go code `code` with the six argument words at `args`.
    pub(crate) fn gocc_rt_call_go(code: usize, args: *const usize);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gctrace_number_formats() {
        let mut v = Vec::new();
        fmt_ns_as_ms(&mut v, 15_000);
        v.push(b' ');
        fmt_ns_as_ms(&mut v, 520_000);
        v.push(b' ');
        fmt_ns_as_ms(&mut v, 12_000_000);
        v.push(b' ');
        fmt_ns_as_ms(&mut v, 500);
        v.push(b' ');
        itoa_div(&mut v, 12, 3);
        assert_eq!(String::from_utf8(v).unwrap(), "0.015 0.52 12 0 0.012");
    }

    #[test]
    fn gogc_values() {
        assert_eq!(parse_gogc("off"), -1);
        assert_eq!(parse_gogc("50"), 50);
        assert_eq!(parse_gogc("x"), 100);
    }

    #[test]
    fn register_spill_sees_sp() {
        let mut seen = 0;
        with_spilled_registers(&mut |sp| seen = sp);
        let here = 0u8;
        assert!(seen != 0 && seen < &raw const here as usize + 4096);
    }
}
