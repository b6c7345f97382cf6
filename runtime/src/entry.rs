//! Program entry: the C `main`, the program arguments and the per-goroutine
//! state `G`.

#[cfg(not(test))]
use crate::sys;
use crate::types::{Eface, GoString};
use crate::util::Racy;

/// A deferred call record (stack- or heap-allocated). Its fields are filled
/// in by the defer machinery (issue #3); only the chain link is fixed here.
#[repr(C)]
pub struct Defer {
    pub link: *mut Defer,
}

/// An active panic, linked newest first from `G::panic`.
#[repr(C)]
pub struct Panic {
    pub arg: Eface,
    pub link: *mut Panic,
    pub recovered: bool,
    pub repanicked: bool,
    pub goexit: bool,
}

/// Per-goroutine state. Only the main goroutine exists so far; keep all
/// goroutine-specific state here so that more can be added later.
#[repr(C)]
pub struct G {
    /// Lowest usable stack address (above the guard page).
    pub stack_lo: usize,
    /// One past the highest stack address.
    pub stack_hi: usize,
    /// Newest entry of the defer chain.
    pub defer: *mut Defer,
    /// Newest active panic.
    pub panic: *mut Panic,
    /// Frame pointer of the SystemV entry frame that bounds stack walks
    /// (filled in by the panic machinery).
    pub entry_fp: usize,
    /// Signal that caused the current panic (SIGSEGV for nil dereferences),
    /// so the crash report prints the `[signal ...]` line, with its code,
    /// fault address and pc.
    pub sig: u32,
    pub sigcode: u64,
    pub sigaddr: usize,
    pub sigpc: usize,
    pub goid: i64,
    /// Scheduler state (saved context, status, wait reason, entry).
    pub sched: crate::sched::GSched,
}

static MAIN_G: Racy<G> = Racy::new(G {
    stack_lo: 0,
    stack_hi: 0,
    defer: core::ptr::null_mut(),
    panic: core::ptr::null_mut(),
    entry_fp: 0,
    sig: 0,
    sigcode: 0,
    sigaddr: 0,
    sigpc: 0,
    goid: 1,
    sched: crate::sched::GSched::new(),
});

static CURG: Racy<*mut G> = Racy::new(core::ptr::null_mut());

/// The main goroutine's record.
pub(crate) fn main_g() -> *mut G {
    MAIN_G.get()
}

/// Makes `g` the running goroutine (scheduler only).
pub(crate) fn set_curg(g: *mut G) {
    // SAFETY: single-threaded (util::Racy).
    unsafe { *CURG.get() = g };
}

/// The running goroutine.
pub fn getg() -> *mut G {
    // SAFETY: single-threaded (util::Racy).
    let g = unsafe { *CURG.get() };
    if g.is_null() { MAIN_G.get() } else { g }
}

struct Args {
    argc: i32,
    argv: *const *const u8,
}

static ARGS: Racy<Args> = Racy::new(Args {
    argc: 0,
    argv: core::ptr::null(),
});

/// The program arguments as Go strings (pointing into the C argv strings).
pub fn args() -> Vec<GoString> {
    // SAFETY: written once by main before any Go code runs.
    let a = unsafe { &*ARGS.get() };
    (0..a.argc.max(0) as usize)
        .map(|i| {
            // SAFETY: argv has argc valid C strings.
            unsafe {
                let p = *a.argv.add(i);
                let mut n = 0;
                while *p.add(n) != 0 {
                    n += 1;
                }
                GoString {
                    ptr: p,
                    len: n as i64,
                }
            }
        })
        .collect()
}

/// Go's main goroutine may grow its stack to 1 GB; reserve that much
/// (committed lazily) instead of living in the 8 MB C stack.
#[cfg(not(test))]
const MAIN_STACK: usize = 1 << 30;
#[cfg(not(test))]
const GUARD: usize = 1 << 20;

#[cfg(not(test))]
unsafe extern "C" {
    #[link_name = "gocc.main"]
    fn gocc_main();
    /// The package variables' pointer bitmaps (ssagen's `init::GLOBALS_TABLE`).
    #[link_name = "gocc.gcglobals"]
    static GOCC_GCGLOBALS: u64;
}

/// Runs `f` on a fresh stack `[lo, hi)`.
#[cfg(not(test))]
fn run_on_stack(f: unsafe extern "C" fn(), hi: usize) {
    // SAFETY: the new stack is mapped and 16-byte aligned at `hi`; the old
    // stack and frame pointers are kept in callee-saved registers across
    // the call. A zero frame pointer ends frame-pointer walks at the first
    // Go frame (goroutine stacks start the same way, see sched.rs).
    unsafe {
        core::arch::asm!(
            "mov r12, rsp",
            "mov r13, rbp",
            "mov rsp, {hi}",
            "xor ebp, ebp",
            "call {f}",
            "mov rsp, r12",
            "mov rbp, r13",
            hi = in(reg) hi,
            f = in(reg) f,
            out("r12") _,
            out("r13") _,
            clobber_abi("C"),
        );
    }
}

/// The C entry point: record the arguments, set up the main goroutine, run
/// the Go program (package init, then `main.main`), exit 0.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub extern "C" fn main(argc: i32, argv: *const *const u8) -> i32 {
    // SAFETY: runs once, before any Go code.
    unsafe {
        *ARGS.get() = Args { argc, argv };
        *CURG.get() = MAIN_G.get();
    }
    let g = getg();
    crate::signal::init();
    match sys::map_zeroed(0, MAIN_STACK) {
        Some(base) => {
            let base = base as usize;
            sys::map_guard(base, GUARD);
            // SAFETY: g is the main G.
            unsafe {
                (*g).stack_lo = base + GUARD;
                (*g).stack_hi = base + MAIN_STACK;
            }
            // The collector needs the goroutine stacks' bounds, so it only
            // runs on this path.
            crate::gc::init();
            // SAFETY: ssagen emits the table in every program.
            unsafe { crate::mem::mark::set_globals(&raw const GOCC_GCGLOBALS) };
            crate::gc::add_root_scanner(crate::timer::scan_roots);
            crate::os::init_args(&args());
            run_on_stack(gocc_main, base + MAIN_STACK);
        }
        None => {
            crate::os::init_args(&args());
            // SAFETY: fall back to the C stack when the reservation fails.
            unsafe { gocc_main() }
        }
    }
    sys::exit_process(0)
}
