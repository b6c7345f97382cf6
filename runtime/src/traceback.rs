//! Goroutine tracebacks for crash reports: walks the frame-pointer chain of
//! compiled Go code and prints each frame as gc does, `main.f(...)` /
//! `\t/abs/dir/x.go:12 +0x1d`, from the line table `gocc.linetab` that
//! codegen emits (`codegen::line_table`, docs/traceback.md). Frames of
//! functions without source positions (the `·tail` thunks of runtime
//! calls) are skipped, as gc hides runtime frames; without a line table
//! (an object not built by gocc) frames are named from the ELF symbol
//! table with `?:0`.
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

// `gocc.linetab` is weak: objects not built by gocc have none.
core::arch::global_asm!(
    ".weak \"gocc.linetab\"",
    ".text",
    ".p2align 4",
    ".globl gocc_rt_linetab_addr",
    "gocc_rt_linetab_addr:",
    "mov rax, [rip + \"gocc.linetab\"@GOTPCREL]",
    "ret",
);

unsafe extern "C" {
    fn gocc_rt_linetab_addr() -> *const u8;
}

/// One function of the line table.
struct LineFunc {
    entry: usize,
    size: usize,
    name: &'static str,
    prog: &'static [u8],
    nent: usize,
    wrapper: bool,
}

struct LineTab {
    /// Sorted by entry address.
    funcs: Vec<LineFunc>,
    files: Vec<&'static str>,
}

static LINETAB: Racy<Option<LineTab>> = Racy::new(None);

/// A source position of a pc: the function (its name as gc prints it and
/// its entry address), the absolute file name and the line.
#[derive(Clone, Copy)]
pub struct Frame {
    pub func: &'static str,
    /// A wrapper (deferwrap, gowrap, adapter): hidden in tracebacks.
    pub wrapper: bool,
    pub entry: usize,
    pub file: &'static str,
    pub line: u32,
}

fn uvarint(b: &[u8], at: &mut usize) -> u64 {
    let (mut v, mut shift) = (0u64, 0);
    while let Some(&c) = b.get(*at) {
        *at += 1;
        v |= u64::from(c & 0x7f) << shift;
        if c < 0x80 || shift > 56 {
            break;
        }
        shift += 7;
    }
    v
}

/// Reads the table codegen wrote (layout in `codegen::line_table`).
///
/// # Safety
/// `p` points at a table of format version 1.
unsafe fn read_linetab(p: *const u8) -> LineTab {
    let word = |off: usize| -> usize {
        // SAFETY: within the table (caller's contract).
        unsafe { (p.add(off) as *const u32).read_unaligned() as usize }
    };
    let string = |off: usize| -> &'static str {
        // SAFETY: a length-prefixed string of the table.
        unsafe {
            let head = core::slice::from_raw_parts(p.add(off), 10);
            let mut at = 0;
            let len = uvarint(head, &mut at) as usize;
            let bytes = core::slice::from_raw_parts(p.add(off + at), len);
            core::str::from_utf8(bytes).unwrap_or("?")
        }
    };
    let (nfunc, nfile) = (word(4), word(8));
    let mut funcs = Vec::with_capacity(nfunc);
    for i in 0..nfunc {
        let e = 16 + i * 32;
        // SAFETY: the relocated function address.
        let entry = unsafe { (p.add(e) as *const u64).read_unaligned() } as usize;
        let prog_at = word(e + 16);
        funcs.push(LineFunc {
            entry,
            size: word(e + 8),
            name: string(word(e + 12)),
            // SAFETY: the program is within the table; its length is only
            // bounded by the table, and decoding stops after `nent`
            // entries.
            prog: unsafe { core::slice::from_raw_parts(p.add(prog_at), 1 << 20) },
            nent: word(e + 20),
            wrapper: word(e + 24) & 1 != 0,
        });
    }
    funcs.sort_by_key(|f| f.entry);
    let files_at = 16 + nfunc * 32;
    let files = (0..nfile).map(|i| string(word(files_at + i * 4))).collect();
    LineTab { funcs, files }
}

fn linetab() -> Option<&'static LineTab> {
    // SAFETY: single-threaded; built once.
    unsafe {
        if (*LINETAB.get()).is_none() {
            let p = gocc_rt_linetab_addr();
            if p.is_null() || (p as *const u32).read_unaligned() != 1 {
                return None;
            }
            *LINETAB.get() = Some(read_linetab(p));
        }
        (*LINETAB.get()).as_ref()
    }
}

/// The function, file and line of the instruction at `pc` (for a return
/// address, pass the address of the call: `ret - 1`).
pub fn find_frame(pc: usize) -> Option<Frame> {
    let t = linetab()?;
    let i = t.funcs.partition_point(|f| f.entry <= pc);
    let f = t.funcs.get(i.checked_sub(1)?)?;
    if pc >= f.entry + f.size {
        return None;
    }
    let off = (pc - f.entry) as u64;
    let (mut at, mut start, mut line, mut file) = (0usize, 0u64, 0i64, 0usize);
    let (mut found_line, mut found_file) = (0i64, 0usize);
    for _ in 0..f.nent {
        start += uvarint(f.prog, &mut at);
        let v = uvarint(f.prog, &mut at);
        let zz = v >> 1;
        line += ((zz >> 1) as i64) ^ -((zz & 1) as i64);
        if v & 1 != 0 {
            file = uvarint(f.prog, &mut at) as usize;
        }
        if start > off {
            break;
        }
        (found_line, found_file) = (line, file);
    }
    Some(Frame {
        func: f.name,
        wrapper: f.wrapper,
        entry: f.entry,
        file: t.files.get(found_file).copied().unwrap_or("?"),
        line: found_line.max(0) as u32,
    })
}

/// Appends `goroutine N [running]:` and the frames of the running
/// goroutine `g`, newest first, ending at `main.main` (or where the chain
/// stops).
pub fn push_traceback(out: &mut Vec<u8>, g: &G) {
    // SAFETY: single-threaded.
    let (pc, fp) = unsafe { (*CALLER_PC.get(), *CALLER_FP.get()) };
    if !g.panic.is_null() && !crate::unwind::no_handlers() {
        out.extend_from_slice(b"\ngoroutine ");
        push_int(out, g.goid);
        out.extend_from_slice(b" [running]:\n");
        push_panic_frames(out, g);
        return;
    }
    push_goroutine(out, g, "running", pc, fp);
}

/// [`push_traceback`] for a fatal error raised while panicking (gc's
/// printPreFatalDeferPanic case): the runtime function that failed runs
/// as a deferred call of the newest panic, so the frames from the caller
/// recorded by its entry shim up to the frame running that panic's
/// deferred calls come first, then gc's `panic(...)` frame and the
/// panic's frames.
pub fn push_fatal_traceback(out: &mut Vec<u8>, g: &G) {
    use crate::defer::PanicRec;
    let newest = g.panic as *const PanicRec;
    if newest.is_null() || crate::unwind::no_handlers() {
        return push_traceback(out, g);
    }
    // SAFETY: a live record.
    let target = unsafe { (*newest).frame_fp };
    let (mut pc, mut fp) = caller();
    let mut live = Vec::new();
    let mut reached = false;
    for _ in 0..100 {
        if fp == target {
            reached = true;
            break;
        }
        if let Some(f) = find_frame(pc.wrapping_sub(1))
            && !f.wrapper
        {
            push_frame(&mut live, f.func, f.file, f.line, pc - f.entry);
        }
        if fp == 0 || fp % 8 != 0 || fp < g.stack_lo || fp + 16 > g.stack_hi {
            break;
        }
        // SAFETY: a frame pointer within the goroutine's stack.
        let (next, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        if next <= fp {
            break;
        }
        (pc, fp) = (ret, next);
    }
    if !reached || target == 0 {
        return push_traceback(out, g);
    }
    out.extend_from_slice(b"\ngoroutine ");
    push_int(out, g.goid);
    out.extend_from_slice(b" [running]:\n");
    out.extend_from_slice(&live);
    out.extend_from_slice(b"panic(...)\n\t?:0\n");
    let mut printed = 0;
    // SAFETY: the goroutine's live panic records.
    let _ = unsafe { push_panic_trace(out, newest, &mut printed) };
    push_created_by(out, g);
}

/// The frames of a goroutine that is panicking in a program with landing
/// pads: the frames each panic unwound come from its record
/// (`defer::PanicRec::trace`), newest panic first; where the newest
/// one's frames reach the frame that was running an older panic's
/// deferred calls, gc's `panic(...)` frame and the older panic's frames
/// follow (gc runs deferred calls on top of the panicking frames, which it
/// never unwinds).
fn push_panic_frames(out: &mut Vec<u8>, g: &G) {
    use crate::defer::PanicRec;
    let newest = g.panic as *const PanicRec;
    let mut printed = 0;
    // SAFETY: the goroutine's live panic records.
    let done = unsafe { push_panic_trace(out, newest, &mut printed) }.is_err();
    if !done && printed == 0 {
        // Nothing recorded: the live stack.
        let (pc, fp) = caller();
        push_frames(out, g, pc, fp);
        return;
    }
    push_created_by(out, g);
}

/// Prints `p`'s recorded frames. `Err(())` once `main.main` (the last
/// frame) or 100 frames were printed; else `Ok(parent)`: the panic whose
/// deferred calls the frames above run, which the caller's remaining
/// frames are matched against next.
///
/// # Safety
/// `p` is a live panic record of the running goroutine's chain.
unsafe fn push_panic_trace(
    out: &mut Vec<u8>,
    p: *const crate::defer::PanicRec,
    printed: &mut usize,
) -> Result<*const crate::defer::PanicRec, ()> {
    use crate::defer::{PanicRec, TRACE_MAX};
    // SAFETY: the caller's contract.
    let rec = unsafe { &*p };
    // The panic that was newest when this one started: when this panic's
    // frames reach the frame running its deferred calls, its own frames
    // stand there, from where it was raised. Only that one is matched
    // (older records' frames may have been reused by later calls at the
    // same depth); once its frames are printed, its parent is next.
    let mut parent = rec.parent as *const PanicRec;
    for &(pc, fp) in rec.frames() {
        // SAFETY: live records (parents are kept by the collector).
        let matches = !parent.is_null() && {
            let older = unsafe { &*parent };
            older.frame_fp == fp && older.frames().last().is_some_and(|l| l.1 == fp)
        };
        if matches {
            // SAFETY: as above.
            let older = unsafe { &*parent };
            out.extend_from_slice(if older.p.goexit {
                b"runtime.Goexit()\n\t?:0\n".as_slice()
            } else {
                b"panic(...)\n\t?:0\n".as_slice()
            });
            // SAFETY: as above. The older panic's frames end with this one.
            parent = unsafe { push_panic_trace(out, parent, printed) }?;
            continue;
        }
        if let Some(f) = find_frame(pc.wrapping_sub(1))
            && !f.wrapper
        {
            push_frame(out, f.func, f.file, f.line, pc - f.entry);
            *printed += 1;
            if f.func == "main.main" {
                return Err(());
            }
            if *printed >= 100 {
                out.extend_from_slice(b"...additional frames elided...\n");
                return Err(());
            }
        }
    }
    if rec.ntrace == TRACE_MAX {
        out.extend_from_slice(b"...additional frames elided...\n");
        return Err(());
    }
    Ok(parent)
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
    // SAFETY: single-threaded.
    let printing = unsafe { *PRINT_CALLER.get() };
    if printing.0 == 0 {
        return push_frames(out, g, pc, fp);
    }
    // A panic raised by an Error or String method that the panic report
    // called (with a zero frame pointer): gc throws from a deferred call
    // running for that panic, so its `panic(...)` frame comes first, then
    // the method's frames, `panic(...)` again and the frames of the panic
    // being reported.
    out.extend_from_slice(b"panic(...)\n\t?:0\n");
    if walk_frames(out, g, pc, fp).1 {
        return;
    }
    out.extend_from_slice(b"panic(...)\n\t?:0\n");
    let nested = g.panic as *const crate::defer::PanicRec;
    if !nested.is_null() && !crate::unwind::no_handlers() {
        // SAFETY: the goroutine's live panic records.
        let reported = unsafe { (*nested).parent } as *const crate::defer::PanicRec;
        if !reported.is_null() {
            let mut printed = 0;
            // SAFETY: as above.
            let _ = unsafe { push_panic_trace(out, reported, &mut printed) };
            push_created_by(out, g);
            return;
        }
    }
    push_frames(out, g, printing.0, printing.1);
}

/// The Go caller of the panic being reported while its values' Error and
/// String methods run (`panic::preprintpanics`); (0, 0) otherwise.
pub static PRINT_CALLER: Racy<(usize, usize)> = Racy::new((0, 0));

/// Appends one frame: `NAME(...)` (gc's `()` for `main.main` and the
/// package initializers, which have no arguments) and
/// `\tFILE:LINE +0xOFF`.
fn push_frame(out: &mut Vec<u8>, name: &str, file: &str, line: u32, off: usize) {
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(if name == "main.main" || name.starts_with("main.init") {
        b"()\n\t".as_slice()
    } else {
        b"(...)\n\t".as_slice()
    });
    push_file_line(out, file, line);
    out.extend_from_slice(b" +0x");
    let mut hex = Vec::new();
    crate::util::push_hex(&mut hex, off as u64);
    out.extend_from_slice(&hex[2..]);
    out.push(b'\n');
}

fn push_file_line(out: &mut Vec<u8>, file: &str, line: u32) {
    out.extend_from_slice(file.as_bytes());
    out.push(b':');
    push_int(out, i64::from(line));
}

/// The frames of a trace, from the Go frame that called into the runtime
/// at `pc` with frame pointer `fp`, then gc's `created by F in goroutine
/// N` for a goroutine started by a `go` statement.
fn push_frames(out: &mut Vec<u8>, g: &G, pc: usize, fp: usize) {
    let (printed, _) = walk_frames(out, g, pc, fp);
    if printed == 0 && g.sched.created_pc == 0 {
        out.extend_from_slice(b"main.main()\n\t?:0\n");
    }
    push_created_by(out, g);
}

/// The frames of the live frame-pointer chain from `(pc, fp)`: how many
/// were printed, and whether the last was `main.main`.
fn walk_frames(out: &mut Vec<u8>, g: &G, pc: usize, fp: usize) -> (usize, bool) {
    let (mut pc, mut fp) = (pc, fp);
    let mut printed = 0;
    let mut walked = 0;
    while pc != 0 && printed < 100 && walked < 1000 {
        walked += 1;
        // Return addresses point after the call; look up the call itself.
        if let Some(f) = find_frame(pc.wrapping_sub(1)) {
            if !f.wrapper {
                push_frame(out, f.func, f.file, f.line, pc - f.entry);
                printed += 1;
                if f.func == "main.main" {
                    return (printed, true);
                }
            }
        } else {
            let Some((name, off)) = lookup(pc.wrapping_sub(1)) else {
                break;
            };
            if name == "gocc.main" || name == "main" || name.contains("gocc_rt") {
                break;
            }
            // A function without positions: a thunk, hidden when the
            // program has a line table (gc hides runtime frames).
            if linetab().is_none() {
                push_frame(out, name, "?", 0, off + 1);
                printed += 1;
                if name == "main.main" {
                    return (printed, true);
                }
            }
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
    (printed, false)
}

/// gc's `created by main.main in goroutine 1` / `\tFILE:LINE +0xOFF`.
fn push_created_by(out: &mut Vec<u8>, g: &G) {
    let pc = g.sched.created_pc;
    if pc == 0 {
        return;
    }
    let (pc, f) = match find_frame(pc - 1) {
        Some(f) => (pc, f),
        None => {
            let pc = g.sched.created_pc2;
            match pc.checked_sub(1).and_then(find_frame) {
                Some(f) => (pc, f),
                None => return,
            }
        }
    };
    out.extend_from_slice(b"created by ");
    out.extend_from_slice(f.func.as_bytes());
    out.extend_from_slice(b" in goroutine ");
    push_int(out, g.sched.parent_goid);
    out.extend_from_slice(b"\n\t");
    push_file_line(out, f.file, f.line);
    out.extend_from_slice(b" +0x");
    let mut hex = Vec::new();
    crate::util::push_hex(&mut hex, (pc - f.entry) as u64);
    out.extend_from_slice(&hex[2..]);
    out.push(b'\n');
}

go_entry!("runtime.callerPC", caller_pc);

/// `runtime.callerPC(n int) uintptr`: the return address of the `n`th
/// frame up from the Go function calling it (0: into that function),
/// counting only frames the line table shows (thunks and wrappers are
/// passed over); 0 past the outermost frame.
extern "C" fn caller_pc(n: i64) -> usize {
    let g = crate::entry::getg();
    // SAFETY: the running goroutine.
    let g = unsafe { &*g };
    let (mut pc, mut fp) = caller();
    let mut left = n;
    for _ in 0..10_000 {
        if pc == 0 {
            return 0;
        }
        if let Some(f) = find_frame(pc - 1)
            && !f.wrapper
        {
            if left == 0 {
                return pc;
            }
            left -= 1;
        }
        if fp == 0 || !fp.is_multiple_of(8) || fp < g.stack_lo || fp + 16 > g.stack_hi {
            return 0;
        }
        // SAFETY: a frame pointer within the goroutine's stack.
        let (next, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        if next == 0 || next <= fp {
            return 0;
        }
        (pc, fp) = (ret, next);
    }
    0
}

/// `runtime.funcName(pc uintptr) string`: "" outside the line table.
#[unsafe(export_name = "runtime.funcName")]
pub extern "C" fn func_name(pc: usize) -> crate::types::GoString {
    match find_frame(pc) {
        Some(f) => crate::types::GoString::from_static(f.func),
        None => crate::types::GoString::EMPTY,
    }
}

/// `runtime.funcFile(pc uintptr) string`: "?" outside the line table.
#[unsafe(export_name = "runtime.funcFile")]
pub extern "C" fn func_file(pc: usize) -> crate::types::GoString {
    crate::types::GoString::from_static(find_frame(pc).map_or("?", |f| f.file))
}

/// `runtime.funcLine(pc uintptr) int`: 0 outside the line table.
#[unsafe(export_name = "runtime.funcLine")]
pub extern "C" fn func_line(pc: usize) -> i64 {
    find_frame(pc).map_or(0, |f| i64::from(f.line))
}

/// `runtime.funcEntry(pc uintptr) uintptr`: 0 outside the line table.
#[unsafe(export_name = "runtime.funcEntry")]
pub extern "C" fn func_entry(pc: usize) -> usize {
    find_frame(pc).map_or(0, |f| f.entry)
}

go_entry!("runtime/debug.Stack", debug_stack);
go_entry!("runtime/debug.PrintStack", debug_print_stack);

/// The running goroutine's trace from the Go caller of a runtime entry:
/// `goroutine N [running]:` and its frames (gc's also shows
/// `runtime/debug.Stack()` itself first).
fn running_trace() -> Vec<u8> {
    let g = crate::entry::getg();
    // SAFETY: the running goroutine.
    let g = unsafe { &*g };
    let (pc, fp) = caller();
    let mut out = Vec::new();
    push_goroutine(&mut out, g, "running", pc, fp);
    out.remove(0); // the leading newline of a crash report
    out
}

/// `runtime/debug.Stack() []byte` (result through the out-pointer).
extern "C" fn debug_stack(out: *mut crate::types::Slice) {
    let trace = running_trace();
    let p = crate::malloc::alloc_noscan(trace.len());
    // SAFETY: a fresh allocation of trace.len() bytes; out is the
    // caller's result slot.
    unsafe {
        core::ptr::copy_nonoverlapping(trace.as_ptr(), p, trace.len());
        *out = crate::types::Slice {
            ptr: p,
            len: trace.len() as i64,
            cap: trace.len() as i64,
        };
    }
}

/// `runtime/debug.PrintStack()`: the trace to standard error.
extern "C" fn debug_print_stack() {
    crate::sys::write_all(crate::sys::STDERR, &running_trace());
}
