//! Synchronous signal handling: stack overflow, stray memory faults,
//! unchecked integer division traps and `runtime.Breakpoint`'s trap.
//!
//! gocc checks nil dereferences and bounds explicitly, so a SIGSEGV means
//! either the goroutine ran into its stack guard (reported like gc's
//! "stack overflow" fatal error) or a fault the compiler did not check; the
//! latter is reported the way gc reports an unrecovered nil dereference
//! (address below 4096) or an unexpected fault address.

use crate::entry::{G, getg};
use crate::sys;
use crate::traceback::{push_traceback, set_caller};
use crate::util::push_hex;
use core::ffi::c_void;

const SIGTRAP: i32 = 5;
const SIGBUS: i32 = 7;
const SIGFPE: i32 = 8;
const SIGSEGV: i32 = 11;
const SA_SIGINFO: u64 = 4;
const SA_ONSTACK: u64 = 0x0800_0000;
const ALT_STACK: usize = 256 << 10;

/// glibc's x86-64 `struct sigaction`.
#[repr(C)]
struct SigAction {
    handler: usize,
    mask: [u64; 16],
    flags: u64, // int sa_flags + padding
    restorer: usize,
}

/// `stack_t`.
#[repr(C)]
struct StackT {
    sp: *mut c_void,
    flags: i32,
    size: usize,
}

unsafe extern "C" {
    fn sigaction(sig: i32, act: *const SigAction, old: *mut SigAction) -> i32;
    fn sigaltstack(ss: *const StackT, old: *mut StackT) -> i32;
}

/// Offsets into `siginfo_t` and `ucontext_t` (x86-64 Linux).
const SI_CODE: usize = 8;
const SI_ADDR: usize = 16;
const UC_RBP: usize = 40 + 10 * 8;
const UC_RSP: usize = 40 + 15 * 8;
const UC_RIP: usize = 40 + 16 * 8;

/// Installs the handlers; called once before Go code runs.
pub fn init() {
    let Some(stack) = sys::map_zeroed(0, ALT_STACK) else {
        return;
    };
    let ss = StackT {
        sp: stack.cast(),
        flags: 0,
        size: ALT_STACK,
    };
    let act = SigAction {
        handler: handler as *const () as usize,
        mask: [0; 16],
        flags: SA_SIGINFO | SA_ONSTACK,
        restorer: 0,
    };
    // SAFETY: valid structures; the handler never returns into the fault.
    unsafe {
        sigaltstack(&ss, core::ptr::null_mut());
        sigaction(SIGSEGV, &act, core::ptr::null_mut());
        sigaction(SIGBUS, &act, core::ptr::null_mut());
        sigaction(SIGFPE, &act, core::ptr::null_mut());
        sigaction(SIGTRAP, &act, core::ptr::null_mut());
    }
}

extern "C" fn handler(sig: i32, info: *const u8, ctx: *const u8) {
    // SAFETY: the kernel passes valid siginfo and ucontext pointers.
    let (code, addr, sp, pc) = unsafe {
        (
            *(info.add(SI_CODE) as *const i32),
            *(info.add(SI_ADDR) as *const usize),
            *(ctx.add(UC_RSP) as *const usize),
            *(ctx.add(UC_RIP) as *const usize),
        )
    };
    if sig == SIGTRAP {
        // SAFETY: the kernel's ucontext.
        unsafe { trace_trap(code, ctx) }
    }
    // SAFETY: the kernel's ucontext. The faulting pc is recorded as if it
    // were a return address (one past it): tracebacks look up `pc - 1`,
    // which then lies in the faulting instruction itself.
    set_caller(pc + 1, unsafe { *(ctx.add(UC_RBP) as *const usize) });
    if sig == SIGFPE {
        // An integer division the compiler did not check: report it like
        // gc's explicit check does.
        crate::panic::panicdivide();
    }
    let g = getg();
    // SAFETY: the running goroutine.
    let (lo, hi) = unsafe { ((*g).stack_lo, (*g).stack_hi) };
    if sig == SIGSEGV && lo != 0 && sp < lo + 4096 && addr < lo && addr + (16 << 20) >= lo {
        stack_overflow(sp, lo, hi);
    }
    if addr < 4096 && sig == SIGSEGV {
        // SAFETY: the running goroutine.
        unsafe {
            (*g).sig = SIGSEGV as u32;
            (*g).sigcode = code as u64;
            (*g).sigaddr = addr;
            (*g).sigpc = pc;
        }
        crate::panic::panic_memory_error();
    }
    let mut out = b"unexpected fault address ".to_vec();
    push_hex(&mut out, addr as u64);
    out.extend_from_slice(b"\nfatal error: fault\n");
    push_signal_line(&mut out, sig as u32, code as u64, addr, pc);
    // SAFETY: the running goroutine.
    push_traceback(&mut out, unsafe { &*g });
    sys::write_all(sys::STDERR, &out);
    sys::exit_process(2)
}

// `runtime.Breakpoint()`: a breakpoint trap (gc's `runtime.breakpoint`,
// one INT3). Under a debugger the program goes on after it; otherwise
// the SIGTRAP handler ends the program like gc's.
core::arch::global_asm!(
    ".text",
    ".p2align 4",
    ".globl \"runtime.Breakpoint\"",
    ".type \"runtime.Breakpoint\",@function",
    "\"runtime.Breakpoint\":",
    "int3",
    "ret",
    ".size \"runtime.Breakpoint\", . - \"runtime.Breakpoint\"",
);

/// `gregs` of `ucontext_t`, in gc's order of the register dump.
const REGS: [(&str, usize); 18] = [
    ("rax", 13),
    ("rbx", 11),
    ("rcx", 14),
    ("rdx", 12),
    ("rdi", 8),
    ("rsi", 9),
    ("rbp", 10),
    ("rsp", 15),
    ("r8", 0),
    ("r9", 1),
    ("r10", 2),
    ("r11", 3),
    ("r12", 4),
    ("r13", 5),
    ("r14", 6),
    ("r15", 7),
    ("rip", 16),
    ("rflags", 17),
];
/// Stands for gc's `m0`, whose address the crash header prints.
static M0: u8 = 0;

/// `gregs` index of the packed cs, gs and fs selectors.
const CSGSFS: usize = 18;

/// An unhandled SIGTRAP (`runtime.Breakpoint`), reported as gc does:
/// `SIGTRAP: trace trap`, the pc, the goroutine trace (with gc's
/// `gp=... m=0 mp=...` header of a signal crash) and the registers; exit
/// status 2.
///
/// # Safety
/// `ctx` is the kernel's ucontext of the trap.
unsafe fn trace_trap(code: i32, ctx: *const u8) -> ! {
    let reg = |i: usize| {
        // SAFETY: gregs[i] of the caller's ucontext (i < 23).
        unsafe { *(ctx.add(40 + i * 8) as *const u64) }
    };
    let mut out = b"SIGTRAP: trace trap\nPC=".to_vec();
    push_hex(&mut out, reg(16));
    out.extend_from_slice(b" m=0 sigcode=");
    crate::util::push_int(&mut out, code as i64);
    out.extend_from_slice(b"\n\ngoroutine ");
    let g = getg();
    // SAFETY: the running goroutine.
    let g = unsafe { &*g };
    crate::util::push_int(&mut out, g.goid);
    out.extend_from_slice(b" gp=");
    push_hex(&mut out, g as *const G as u64);
    out.extend_from_slice(b" m=0 mp=");
    push_hex(&mut out, &raw const M0 as u64);
    out.extend_from_slice(b" [running]:\nruntime.Breakpoint()\n\t?:0 +0x1\n");
    // The trap is the first instruction of a frameless leaf: the caller's
    // return address is on top of the stack and rbp is the caller's.
    // SAFETY: rsp is the trapping thread's stack pointer.
    let ret = unsafe { *(reg(15) as *const usize) };
    let mut trace = Vec::new();
    crate::traceback::push_goroutine(&mut trace, g, "running", ret, reg(10) as usize);
    // Its own `goroutine N [running]:` header is replaced by gc's above.
    let frames = trace
        .iter()
        .skip(1)
        .position(|&c| c == b'\n')
        .map_or(trace.len(), |i| i + 2);
    out.extend_from_slice(&trace[frames..]);
    out.push(b'\n');
    let seg = reg(CSGSFS);
    let regs = REGS.iter().map(|&(name, i)| (name, reg(i)));
    let segs = [
        ("cs", seg & 0xffff),
        ("fs", seg >> 32 & 0xffff),
        ("gs", seg >> 16 & 0xffff),
    ];
    for (name, v) in regs.chain(segs) {
        out.extend_from_slice(name.as_bytes());
        out.extend(core::iter::repeat_n(b' ', 7 - name.len()));
        push_hex(&mut out, v);
        out.push(b'\n');
    }
    sys::write_all(sys::STDERR, &out);
    sys::exit_process(2)
}

/// `[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]`.
pub fn push_signal_line(out: &mut Vec<u8>, sig: u32, code: u64, addr: usize, pc: usize) {
    out.extend_from_slice(if sig == SIGBUS as u32 {
        b"[signal SIGBUS: bus error code=".as_slice()
    } else {
        b"[signal SIGSEGV: segmentation violation code=".as_slice()
    });
    push_hex(out, code);
    out.extend_from_slice(b" addr=");
    push_hex(out, addr as u64);
    out.extend_from_slice(b" pc=");
    push_hex(out, pc as u64);
    out.extend_from_slice(b"]\n");
}

fn stack_overflow(sp: usize, lo: usize, hi: usize) -> ! {
    let mut out = b"runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=".to_vec();
    push_hex(&mut out, sp as u64);
    out.extend_from_slice(b" stack=[");
    push_hex(&mut out, lo as u64);
    out.extend_from_slice(b", ");
    push_hex(&mut out, hi as u64);
    out.extend_from_slice(b"]\nfatal error: stack overflow\n\nruntime stack:\n");
    // SAFETY: the running goroutine.
    push_traceback(&mut out, unsafe { &*getg() });
    sys::write_all(sys::STDERR, &out);
    sys::exit_process(2)
}
