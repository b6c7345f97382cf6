//! Groundwork for recoverable panics (issue #3): the call-site table that
//! codegen emits (`gocc.exctab`), the frame walk that finds the nearest
//! frame with a landing pad, and the jump that resumes there. Not yet used
//! by `gopanic`: the landing-pad protocol is still to be fixed with ssagen.
//!
//! Table layout (codegen's unwind test): `{n u64, entries [n]{func u64,
//! ret u32, handler u32, frame u32, pad u32}}`: a call in function `func`
//! returning to `func+ret` has its landing pad at `func+handler`, and the
//! frame's stack pointer is `fp - frame` there.

use crate::util::Racy;

// `gocc.exctab` is weak: programs without landing pads need not define it.
core::arch::global_asm!(
    ".weak \"gocc.exctab\"",
    ".text",
    ".p2align 4",
    ".globl gocc_rt_exctab_addr",
    "gocc_rt_exctab_addr:",
    "mov rax, [rip + \"gocc.exctab\"@GOTPCREL]",
    "ret",
);

unsafe extern "C" {
    fn gocc_rt_exctab_addr() -> *const u64;
}

#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub func: u64,
    pub ret: u32,
    pub handler: u32,
    pub frame: u32,
    pub pad: u32,
}

/// A landing pad to resume at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    pub pc: usize,
    pub sp: usize,
    pub fp: usize,
}

/// (return address, entry) sorted by return address.
static TABLE: Racy<Option<Vec<(usize, Entry)>>> = Racy::new(None);

fn table() -> &'static [(usize, Entry)] {
    // SAFETY: single-threaded; built once.
    unsafe {
        (*TABLE.get()).get_or_insert_with(|| {
            let p = gocc_rt_exctab_addr();
            if p.is_null() {
                return Vec::new();
            }
            let n = *p as usize;
            let es = core::slice::from_raw_parts(p.add(1) as *const Entry, n);
            sorted(es)
        })
    }
}

fn sorted(es: &[Entry]) -> Vec<(usize, Entry)> {
    let mut v: Vec<(usize, Entry)> = es
        .iter()
        .map(|e| (e.func as usize + e.ret as usize, *e))
        .collect();
    v.sort_by_key(|x| x.0);
    v
}

fn lookup(t: &[(usize, Entry)], ret: usize) -> Option<Entry> {
    t.binary_search_by_key(&ret, |x| x.0).ok().map(|i| t[i].1)
}

/// Walks the frame-pointer chain starting at `fp` (the frame pointer of
/// the frame that called into the runtime, e.g. a panic thunk): the first
/// frame whose call site has a landing pad, or None when the chain ends
/// (a zero frame pointer) first.
///
/// # Safety
/// `fp` must start a valid frame-pointer chain ending in zero.
pub unsafe fn find_handler(fp: usize) -> Option<Handler> {
    // SAFETY: per the contract.
    unsafe { find_handler_in(table(), fp) }
}

unsafe fn find_handler_in(t: &[(usize, Entry)], mut fp: usize) -> Option<Handler> {
    while fp != 0 {
        // SAFETY: fp is a frame of the chain: [fp] is the caller's frame
        // pointer, [fp+8] the return address into the caller.
        let (caller_fp, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        if let Some(e) = lookup(t, ret) {
            return Some(Handler {
                pc: e.func as usize + e.handler as usize,
                sp: caller_fp - e.frame as usize,
                fp: caller_fp,
            });
        }
        fp = caller_fp;
    }
    None
}

/// True when the program has no landing pads at all (no `defer`).
pub fn no_handlers() -> bool {
    table().is_empty()
}

/// [`find_handler`] with the walk bounded to the stack `[lo, hi)`.
///
/// # Safety
/// `fp` must be a frame of the chain of the stack `[lo, hi)`.
pub unsafe fn find_handler_within(mut fp: usize, lo: usize, hi: usize) -> Option<Handler> {
    let t = table();
    while fp != 0 && fp.is_multiple_of(8) && fp >= lo && fp + 16 <= hi {
        // SAFETY: fp is within the stack: [fp] is the caller's frame
        // pointer, [fp+8] the return address into the caller.
        let (caller_fp, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        if let Some(e) = lookup(t, ret) {
            return Some(Handler {
                pc: e.func as usize + e.handler as usize,
                sp: caller_fp - e.frame as usize,
                fp: caller_fp,
            });
        }
        fp = caller_fp;
    }
    None
}

/// Resumes at a landing pad with `rax`/`rdx` as its payload.
///
/// # Safety
/// `h` must come from [`find_handler`] for a frame that is still live; the
/// runtime frames being abandoned must own nothing that needs dropping.
pub unsafe fn resume(h: Handler, rax: usize, rdx: usize) -> ! {
    // SAFETY: per the contract.
    unsafe {
        core::arch::asm!(
            "mov rsp, rcx",
            "mov rbp, rsi",
            "jmp rdi",
            in("rax") rax, in("rdx") rdx, in("rcx") h.sp, in("rsi") h.fp, in("rdi") h.pc,
            options(noreturn, nostack),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_table_in_tests() {
        assert!(table().is_empty());
    }

    #[test]
    fn walk_finds_the_nearest_handler() {
        // A fake stack of three frames: thunk -> f -> g -> end.
        let mut stack = [0usize; 8];
        let p = stack.as_mut_ptr();
        let base = p as usize;
        let (thunk, f, g) = (base, base + 16, base + 32);
        let frames = [
            f,             // thunk's saved fp
            0x1000 + 0x10, // return into f (no handler there)
            g,             // f's saved fp
            0x2000 + 0x24, // return into g (handler)
            0,             // g is the outermost frame
            0x9999,
        ];
        for (i, w) in frames.into_iter().enumerate() {
            // SAFETY: within the array.
            unsafe { *p.add(i) = w };
        }
        let t = sorted(&[
            Entry {
                func: 0x1000,
                ret: 0x30,
                handler: 0x80,
                frame: 16,
                pad: 0,
            },
            Entry {
                func: 0x2000,
                ret: 0x24,
                handler: 0x60,
                frame: 32,
                pad: 0,
            },
        ]);
        // SAFETY: the fake chain is valid and ends in zero.
        let h = unsafe { find_handler_in(&t, thunk) };
        assert_eq!(
            h,
            Some(Handler {
                pc: 0x2060,
                sp: g - 32,
                fp: g
            })
        );
        // SAFETY: as above.
        assert_eq!(unsafe { find_handler_in(&t, g) }, None);
    }
}
