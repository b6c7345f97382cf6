//! Synchronous signal handling: stack overflow, stray memory faults and
//! unchecked integer division traps.
//!
//! gocc checks nil dereferences and bounds explicitly, so a SIGSEGV means
//! either the goroutine ran into its stack guard (reported like gc's
//! "stack overflow" fatal error) or a fault the compiler did not check; the
//! latter is reported the way gc reports an unrecovered nil dereference
//! (address below 4096) or an unexpected fault address.

use crate::entry::getg;
use crate::panic::panic_error_string;
use crate::sys;
use crate::traceback::{push_traceback, set_caller};
use crate::util::push_hex;
use core::ffi::c_void;

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
    // SAFETY: the kernel's ucontext.
    set_caller(pc, unsafe { *(ctx.add(UC_RBP) as *const usize) });
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
        panic_error_string("invalid memory address or nil pointer dereference");
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
