//! Goroutine tracebacks for crash reports: walks the frame-pointer chain of
//! compiled Go code and names each frame from the executable's ELF symbol
//! table (`main.f(...)` / `\t?:0 +0x1d`; there is no line table yet).
//!
//! The walk starts at the Go frame that called into the runtime: every
//! panicking runtime entry point is a small assembly shim (see
//! [`go_entry!`]) that records its return address and the caller's frame
//! pointer before jumping to the Rust implementation, so the Rust frames
//! (built without frame pointers) are never walked. The same record is
//! what a panic's handler search will start from.

use crate::entry::G;
use crate::util::{Racy, push_int};

/// Return address and frame pointer of the Go code that last called a
/// panicking runtime entry (or faulted).
#[unsafe(export_name = "gocc_rt_caller_pc")]
pub static CALLER_PC: Racy<usize> = Racy::new(0);
#[unsafe(export_name = "gocc_rt_caller_fp")]
pub static CALLER_FP: Racy<usize> = Racy::new(0);

/// Defines the exported runtime symbol `$sym` as a shim that records the
/// caller's pc and frame pointer and tail-jumps to `$imp` (arguments are
/// untouched: only r11 is used).
macro_rules! go_entry {
    ($sym:literal, $imp:path) => {
        core::arch::global_asm!(
            ".text",
            ".p2align 4",
            concat!(".globl \"", $sym, "\""),
            concat!(".type \"", $sym, "\",@function"),
            concat!("\"", $sym, "\":"),
            "mov r11, [rsp]",
            "mov [rip + {pc}], r11",
            "mov [rip + {fp}], rbp",
            "jmp {imp}",
            pc = sym $crate::traceback::CALLER_PC,
            fp = sym $crate::traceback::CALLER_FP,
            imp = sym $imp,
        );
    };
}
pub(crate) use go_entry;

/// Records a faulting context (signal handler).
pub fn set_caller(pc: usize, fp: usize) {
    // SAFETY: single-threaded.
    unsafe {
        *CALLER_PC.get() = pc;
        *CALLER_FP.get() = fp;
    }
}

struct Sym {
    addr: usize,
    size: usize,
    name: String,
}

static SYMS: Racy<Option<Vec<Sym>>> = Racy::new(None);

fn rd<const N: usize>(b: &[u8], off: usize) -> Option<[u8; N]> {
    b.get(off..off + N)?.try_into().ok()
}
fn u16_at(b: &[u8], off: usize) -> Option<usize> {
    Some(u16::from_le_bytes(rd(b, off)?) as usize)
}
fn u32_at(b: &[u8], off: usize) -> Option<usize> {
    Some(u32::from_le_bytes(rd(b, off)?) as usize)
}
fn u64_at(b: &[u8], off: usize) -> Option<usize> {
    Some(u64::from_le_bytes(rd(b, off)?) as usize)
}

/// Function symbols of the running executable, relocated, sorted by
/// address (empty when the binary is stripped).
fn load_symbols() -> Option<Vec<Sym>> {
    let elf = std::fs::read("/proc/self/exe").ok()?;
    if elf.get(..4)? != b"\x7fELF" {
        return None;
    }
    let (shoff, shentsize, shnum) = (
        u64_at(&elf, 0x28)?,
        u16_at(&elf, 0x3a)?,
        u16_at(&elf, 0x3c)?,
    );
    let sh = |i: usize| shoff + i * shentsize;
    let symtab = (0..shnum).find(|&i| u32_at(&elf, sh(i) + 4) == Some(2))?;
    let (off, size, link, entsize) = (
        u64_at(&elf, sh(symtab) + 0x18)?,
        u64_at(&elf, sh(symtab) + 0x20)?,
        u32_at(&elf, sh(symtab) + 0x28)?,
        u64_at(&elf, sh(symtab) + 0x38)?.max(24),
    );
    let stroff = u64_at(&elf, sh(link) + 0x18)?;
    let name_at = |n: usize| -> Option<String> {
        let s = elf.get(stroff + n..)?;
        let end = s.iter().position(|&c| c == 0)?;
        Some(String::from_utf8_lossy(&s[..end]).into_owned())
    };
    let mut syms = Vec::new();
    let mut anchor = None;
    for i in 0..size / entsize {
        let e = off + i * entsize;
        let info = *elf.get(e + 4)?;
        let value = u64_at(&elf, e + 8)?;
        let name = name_at(u32_at(&elf, e)?)?;
        if name == "gocc_rt_swapctx" {
            anchor = Some(value);
        }
        if info & 0xf == 2 && value != 0 {
            syms.push(Sym {
                addr: value,
                size: u64_at(&elf, e + 16)?,
                name,
            });
        }
    }
    // Position-independent executables are loaded at an offset: find it
    // from a symbol whose run-time address is known.
    unsafe extern "C" {
        fn gocc_rt_swapctx(save_rsp: *mut usize, new_rsp: usize);
    }
    let bias = (gocc_rt_swapctx as *const () as usize).wrapping_sub(anchor?);
    for s in &mut syms {
        s.addr = s.addr.wrapping_add(bias);
    }
    syms.sort_by_key(|s| s.addr);
    Some(syms)
}

pub(crate) fn lookup(pc: usize) -> Option<(&'static str, usize)> {
    // SAFETY: single-threaded; filled once.
    let syms = unsafe { (*SYMS.get()).get_or_insert_with(|| load_symbols().unwrap_or_default()) };
    let i = syms.partition_point(|s| s.addr <= pc);
    let s = syms.get(i.checked_sub(1)?)?;
    if s.size != 0 && pc >= s.addr + s.size {
        return None;
    }
    Some((s.name.as_str(), pc - s.addr))
}

/// Appends `goroutine N [running]:` and the frames of the running
/// goroutine `g`, newest first, ending at `main.main` (or where the chain
/// stops).
pub fn push_traceback(out: &mut Vec<u8>, g: &G) {
    // SAFETY: single-threaded.
    let (pc, fp) = unsafe { (*CALLER_PC.get(), *CALLER_FP.get()) };
    push_goroutine(out, g, "running", pc, fp);
}

/// The Go caller recorded by the last entry shim.
pub fn caller() -> (usize, usize) {
    // SAFETY: single-threaded.
    unsafe { (*CALLER_PC.get(), *CALLER_FP.get()) }
}

/// Appends `goroutine N [status]:` and the frames starting at the Go frame
/// that called into the runtime at `pc` with frame pointer `fp`.
pub fn push_goroutine(out: &mut Vec<u8>, g: &G, status: &str, pc: usize, fp: usize) {
    out.extend_from_slice(b"\ngoroutine ");
    push_int(out, g.goid);
    out.extend_from_slice(b" [");
    out.extend_from_slice(status.as_bytes());
    out.extend_from_slice(b"]:\n");
    push_frames(out, g, pc, fp);
}

/// The trace after gc's throw (a runtime fatal error): the goroutine
/// header names the goroutine and thread structures,
/// `goroutine 1 gp=0x.. m=0 mp=0x.. [running]:`.
pub fn push_throw_traceback(out: &mut Vec<u8>, g: &G) {
    let (pc, fp) = caller();
    out.extend_from_slice(b"\ngoroutine ");
    push_int(out, g.goid);
    out.extend_from_slice(b" gp=");
    crate::util::push_hex(out, g as *const G as u64);
    out.extend_from_slice(b" m=0 mp=");
    crate::util::push_hex(out, (&raw const CALLER_PC) as u64);
    out.extend_from_slice(b" [running]:\n");
    push_frames(out, g, pc, fp);
}

/// The frames of a trace, from the Go frame that called into the runtime
/// at `pc` with frame pointer `fp`.
fn push_frames(out: &mut Vec<u8>, g: &G, pc: usize, fp: usize) {
    let (mut pc, mut fp) = (pc, fp);
    let mut printed = 0;
    while pc != 0 && printed < 100 {
        // Return addresses point after the call; look up the call itself.
        let Some((name, off)) = lookup(pc.wrapping_sub(1)) else {
            break;
        };
        if name == "gocc.main" || name == "main" || name.contains("gocc_rt") {
            break;
        }
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(if name == "main.main" || name.starts_with("main.init") {
            b"()\n\t?:0 +0x".as_slice()
        } else {
            b"(...)\n\t?:0 +0x".as_slice()
        });
        let mut hex = Vec::new();
        crate::util::push_hex(&mut hex, off as u64 + 1);
        out.extend_from_slice(&hex[2..]);
        out.push(b'\n');
        printed += 1;
        if name == "main.main" {
            return;
        }
        // The caller's frame: [fp] = its frame pointer, [fp+8] = the
        // return address into it. Stay on this goroutine's stack.
        if fp == 0 || fp % 8 != 0 || fp < g.stack_lo || fp + 16 > g.stack_hi {
            break;
        }
        // SAFETY: fp is a frame pointer within the goroutine's stack.
        let (next, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        // A zero saved frame pointer marks the outermost Go frame (see
        // entry.rs and sched.rs): its return address is the runtime's.
        if next == 0 || next <= fp {
            break;
        }
        pc = ret;
        fp = next;
    }
    if printed == 0 {
        out.extend_from_slice(b"main.main()\n\t?:0\n");
    }
}
