//! Panics: `gopanic` and gc's runtime-error entry points.
//!
//! Every panic goes through [`gopanic_value`] with an interface value;
//! runtime errors first build a value of one of the runtime error types
//! (error.rs). The panic is pushed on the goroutine's panic chain; finding
//! a recovering frame (issue #3) will slot in before `fatalpanic`, which
//! prints the chain like gc and exits with status 2.

use crate::entry::{G, Panic, getg};
use crate::error::{
    BOUNDS_ERROR_TYPE, BoundsCode, BoundsError, ERROR_STRING_TYPE, PANIC_NIL_ERROR_TYPE,
    PLAIN_ERROR_TYPE, TYPE_ASSERTION_ERROR_TYPE, TypeAssertionError,
};
use crate::malloc::{alloc_noscan, alloc_typed, zerobase};
use crate::print::{push_complex, push_float32, push_float64};
use crate::sys;
use crate::traceback::go_entry;
use crate::types::STRING_LAYOUT;
use crate::types::{Eface, GoString, Type, call_string_method, kind};
use crate::util::{Racy, push_hex, push_int, push_uint};

const SIGSEGV: u32 = 11;

// The exported panicking entry points are shims that record the calling
// Go frame for tracebacks (traceback.rs) before entering these functions.
go_entry!("runtime.gopanic", gopanic);
go_entry!("runtime.panicSliceConvert", panic_slice_convert);
go_entry!("runtime.panicdivide", panicdivide);
go_entry!("runtime.panicshift", panicshift);
go_entry!("runtime.panicoverflow", panicoverflow);
go_entry!("runtime.panicunsafeslicelen", panicunsafeslicelen);
go_entry!("runtime.panicunsafeslicenilptr", panicunsafeslicenilptr);
go_entry!("runtime.panicunsafestringlen", panicunsafestringlen);
go_entry!("runtime.panicunsafestringnilptr", panicunsafestringnilptr);
go_entry!("runtime.panicmem", panicmem);
go_entry!("runtime.panicmemAddr", panicmem_addr);
go_entry!("runtime.panicdottypeE", panicdottype_e);
go_entry!("runtime.panicdottypeI", panicdottype_i);
go_entry!("runtime.panicnildottype", panicnildottype);

/// Starts panicking with `arg`.
pub fn gopanic_value(arg: Eface) -> ! {
    if !crate::unwind::no_handlers() {
        // Landing pads exist: unwind to the nearest one (defer.rs).
        crate::defer::start_panic(arg)
    }
    let g = getg();
    // SAFETY: g is the running goroutine; the record lives in this frame,
    // which stays live until the process exits (or, later, until recovery
    // unwinds past it, after which the chain no longer points at it).
    unsafe {
        let mut p = Panic {
            arg,
            link: (*g).panic,
            recovered: false,
            repanicked: false,
            goexit: false,
        };
        (*g).panic = &mut p;
        fatalpanic(g)
    }
}

/// `runtime.gopanic(typ, data)`: `panic(v)` with `v` as an `any`.
/// `panic(nil)` panics with a `*runtime.PanicNilError`.
pub extern "C" fn gopanic(typ: *const Type, data: *const u8) -> ! {
    if typ.is_null() {
        gopanic_value(Eface {
            typ: &PANIC_NIL_ERROR_TYPE,
            data: zerobase(),
        })
    }
    gopanic_value(Eface { typ, data })
}

fn box_string(typ: &'static Type, msg: &'static str) -> ! {
    let p = alloc_typed(16, &STRING_LAYOUT) as *mut GoString;
    // SAFETY: fresh 16-byte allocation.
    unsafe { *p = GoString::from_static(msg) };
    gopanic_value(Eface {
        typ,
        data: p.cast(),
    })
}

/// Panics with a `runtime.errorString` (printed "runtime error: " + msg).
pub fn panic_error_string(msg: &'static str) -> ! {
    box_string(&ERROR_STRING_TYPE, msg)
}

/// Panics with a `runtime.errorString` built at run time.
pub fn panic_error_message(msg: Vec<u8>) -> ! {
    let p = alloc_typed(16, &STRING_LAYOUT) as *mut GoString;
    // SAFETY: fresh 16-byte allocation.
    unsafe { *p = crate::strings::gostring(&msg) };
    drop(msg);
    gopanic_value(Eface {
        typ: &ERROR_STRING_TYPE,
        data: p.cast(),
    })
}

/// Panics with a `string` value, as std code does with `panic("...")`
/// (`strings: negative Repeat count`): not a `runtime.Error`.
pub fn panic_string(msg: &'static str) -> ! {
    box_string(&crate::error::STRING_TYPE, msg)
}

/// Panics with a `string` value built at run time.
pub fn panic_string_message(msg: Vec<u8>) -> ! {
    let p = alloc_typed(16, &STRING_LAYOUT) as *mut GoString;
    // SAFETY: fresh 16-byte allocation.
    unsafe { *p = crate::strings::gostring(&msg) };
    drop(msg);
    gopanic_value(Eface {
        typ: &crate::error::STRING_TYPE,
        data: p.cast(),
    })
}

/// Panics with a `runtime.plainError` (printed as msg).
pub fn panic_plain(msg: &'static str) -> ! {
    box_string(&PLAIN_ERROR_TYPE, msg)
}

fn panic_bounds(x: i64, y: i64, signed: bool, code: BoundsCode) -> ! {
    let p = alloc_noscan(core::mem::size_of::<BoundsError>()) as *mut BoundsError;
    // SAFETY: fresh allocation of the right size.
    unsafe { *p = BoundsError { x, y, signed, code } };
    gopanic_value(Eface {
        typ: &BOUNDS_ERROR_TYPE,
        data: p.cast(),
    })
}

macro_rules! bounds_entry {
    ($sym:literal, $ssym:literal, $name:ident, $uname:ident, $code:ident) => {
        go_entry!($sym, $name);
        #[doc = concat!("`", $sym, "(x, y int)`")]
        pub extern "C" fn $name(x: i64, y: i64) -> ! {
            panic_bounds(x, y, true, BoundsCode::$code)
        }
        go_entry!($ssym, $uname);
        #[doc = concat!("`", $ssym, "(x uint, y int)`")]
        pub extern "C" fn $uname(x: u64, y: i64) -> ! {
            panic_bounds(x as i64, y, false, BoundsCode::$code)
        }
    };
}

bounds_entry!(
    "runtime.panicIndex",
    "runtime.panicIndexU",
    panic_index,
    panic_index_u,
    Index
);
bounds_entry!(
    "runtime.panicSliceAlen",
    "runtime.panicSliceAlenU",
    panic_slice_alen,
    panic_slice_alen_u,
    SliceAlen
);
bounds_entry!(
    "runtime.panicSliceAcap",
    "runtime.panicSliceAcapU",
    panic_slice_acap,
    panic_slice_acap_u,
    SliceAcap
);
bounds_entry!(
    "runtime.panicSliceB",
    "runtime.panicSliceBU",
    panic_slice_b,
    panic_slice_b_u,
    SliceB
);
bounds_entry!(
    "runtime.panicSlice3Alen",
    "runtime.panicSlice3AlenU",
    panic_slice3_alen,
    panic_slice3_alen_u,
    Slice3Alen
);
bounds_entry!(
    "runtime.panicSlice3Acap",
    "runtime.panicSlice3AcapU",
    panic_slice3_acap,
    panic_slice3_acap_u,
    Slice3Acap
);
bounds_entry!(
    "runtime.panicSlice3B",
    "runtime.panicSlice3BU",
    panic_slice3_b,
    panic_slice3_b_u,
    Slice3B
);
bounds_entry!(
    "runtime.panicSlice3C",
    "runtime.panicSlice3CU",
    panic_slice3_c,
    panic_slice3_c_u,
    Slice3C
);

/// `runtime.panicSliceConvert(x, y int)`: `[N]T(s)` with `len(s) < N`.
pub extern "C" fn panic_slice_convert(x: i64, y: i64) -> ! {
    panic_bounds(x, y, true, BoundsCode::Convert)
}

// gc panics with the same interface value each time for these (package
// variables `divideError`, `shiftError`, `overflowError`, `memoryError`):
// a second nil dereference recovered and re-raised is the same value, so
// the report prints it once (` [recovered, repanicked]`).
#[repr(transparent)]
struct SharedError(GoString);
// SAFETY: immutable static strings.
unsafe impl Sync for SharedError {}

static DIVIDE_ERROR: SharedError = SharedError(GoString::from_static("integer divide by zero"));
static SHIFT_ERROR: SharedError = SharedError(GoString::from_static("negative shift amount"));
static OVERFLOW_ERROR: SharedError = SharedError(GoString::from_static("integer overflow"));
static MEMORY_ERROR: SharedError = SharedError(GoString::from_static(
    "invalid memory address or nil pointer dereference",
));

/// Panics with one of the shared `runtime.errorString` values above.
fn panic_shared_error(msg: &'static SharedError) -> ! {
    gopanic_value(Eface {
        typ: &ERROR_STRING_TYPE,
        data: (&raw const msg.0).cast(),
    })
}

pub extern "C" fn panicdivide() -> ! {
    panic_shared_error(&DIVIDE_ERROR)
}

pub extern "C" fn panicshift() -> ! {
    panic_shared_error(&SHIFT_ERROR)
}

pub extern "C" fn panicoverflow() -> ! {
    panic_shared_error(&OVERFLOW_ERROR)
}

static UNSAFE_SLICE_LEN: SharedError =
    SharedError(GoString::from_static("unsafe.Slice: len out of range"));
static UNSAFE_SLICE_NILPTR: SharedError = SharedError(GoString::from_static(
    "unsafe.Slice: ptr is nil and len is not zero",
));
static UNSAFE_STRING_LEN: SharedError =
    SharedError(GoString::from_static("unsafe.String: len out of range"));
static UNSAFE_STRING_NILPTR: SharedError = SharedError(GoString::from_static(
    "unsafe.String: ptr is nil and len is not zero",
));

/// `unsafe.Slice(ptr, len)` with a negative length or one whose memory
/// would pass the end of the address space (gc's walkUnsafeSlice checks).
pub extern "C" fn panicunsafeslicelen() -> ! {
    panic_shared_error(&UNSAFE_SLICE_LEN)
}

/// `unsafe.Slice(nil, len)` with `len > 0`.
pub extern "C" fn panicunsafeslicenilptr() -> ! {
    panic_shared_error(&UNSAFE_SLICE_NILPTR)
}

/// `unsafe.String(ptr, len)`: as `panicunsafeslicelen`.
pub extern "C" fn panicunsafestringlen() -> ! {
    panic_shared_error(&UNSAFE_STRING_LEN)
}

/// `unsafe.String(nil, len)` with `len > 0`.
pub extern "C" fn panicunsafestringnilptr() -> ! {
    panic_shared_error(&UNSAFE_STRING_NILPTR)
}

/// A nil dereference reported by the SIGSEGV handler (gc's sigpanic
/// calls panicmem for a fault address below 0x1000).
pub fn panic_memory_error() -> ! {
    panic_shared_error(&MEMORY_ERROR)
}

/// Nil dereference. gc reaches this from a SIGSEGV; gocc checks explicitly
/// but reports it the same way, including the `[signal ...]` line.
pub extern "C" fn panicmem() -> ! {
    panicmem_addr(0)
}

/// Nil dereference of the field at offset `addr` (gc's fault address is the
/// nil base plus the offset: `p.b` with `b` at offset 8 reports addr=0x8).
pub extern "C" fn panicmem_addr(addr: u64) -> ! {
    // SAFETY: the running goroutine.
    unsafe {
        let g = getg();
        (*g).sig = SIGSEGV;
        (*g).sigcode = 1;
        (*g).sigaddr = addr as usize;
        (*g).sigpc = 0;
    }
    panic_memory_error()
}

fn panic_type_assertion(interface: *const Type, concrete: *const Type, asserted: *const Type) -> ! {
    let p = alloc_typed(
        core::mem::size_of::<TypeAssertionError>(),
        &crate::error::TYPE_ASSERTION_ERROR_LAYOUT,
    ) as *mut TypeAssertionError;
    // SAFETY: fresh allocation of the right size.
    unsafe {
        *p = TypeAssertionError {
            interface,
            concrete,
            asserted,
            missing_method: GoString::EMPTY,
        }
    };
    gopanic_value(Eface {
        typ: &TYPE_ASSERTION_ERROR_TYPE,
        data: p.cast(),
    })
}

/// `runtime.panicdottypeE(have, want, iface *Type)`: a failed `x.(T)` on an
/// empty-interface value whose dynamic type is `have` (null when nil).
pub extern "C" fn panicdottype_e(have: *const Type, want: *const Type, iface: *const Type) -> ! {
    panic_type_assertion(iface, have, want)
}

/// `runtime.panicdottypeI(have *itab, want, iface *Type)`: the same for a
/// non-empty interface value (the itab's first word is the dynamic type).
pub extern "C" fn panicdottype_i(
    have: *const *const Type,
    want: *const Type,
    iface: *const Type,
) -> ! {
    // SAFETY: a non-null itab starts with the dynamic type.
    let concrete = if have.is_null() {
        core::ptr::null()
    } else {
        unsafe { *have }
    };
    panic_type_assertion(iface, concrete, want)
}

/// `runtime.panicnildottype(want *Type)`: `x.(T)` on a nil interface whose
/// static type is not known to the caller.
pub extern "C" fn panicnildottype(want: *const Type) -> ! {
    panic_type_assertion(core::ptr::null(), core::ptr::null(), want)
}

/// `fatal error: msg` and exit 2 (gc's throw): unrecoverable.
pub fn throw(msg: &str) -> ! {
    let mut out = Vec::new();
    // gc's fatal (printPreFatalDeferPanic): a fatal error while panicking
    // (a deferred `mu.Unlock()` of an unlocked mutex) prints the pending
    // panics first, without calling their methods, then the fatal error
    // indented like a later panic.
    // SAFETY: the running goroutine; its panic records are live.
    unsafe {
        let g = getg();
        let mut x = (*g).panic;
        if !x.is_null() {
            while !x.is_null() {
                let link = (*x).link;
                if !link.is_null()
                    && (*link).arg.typ == (*x).arg.typ
                    && (*link).arg.data == (*x).arg.data
                {
                    (*link).repanicked = true;
                }
                x = link;
            }
            printpanics(&mut out, (*g).panic);
            out.push(b'\t');
        }
    }
    out.extend_from_slice(b"fatal error: ");
    out.extend_from_slice(msg.as_bytes());
    out.push(b'\n');
    // SAFETY: the running goroutine.
    crate::traceback::push_fatal_traceback(&mut out, unsafe { &*getg() });
    sys::write_all(sys::STDERR, &out);
    sys::exit_process(2)
}

// Calls a `func() string` method adapter (rdi = adapter, rsi = receiver,
// rdx = result) with a zero frame pointer, so that a panic raised by the
// method ends its handler search at the method's frame (the Rust frames
// below have no frame pointers, and no Go frame below may recover it).
core::arch::global_asm!(
    ".text",
    ".p2align 4",
    ".globl gocc_rt_call_string_method_nofp",
    "gocc_rt_call_string_method_nofp:",
    "push rbp",
    "xor ebp, ebp",
    "mov rax, rdi",
    "mov rdi, rsi",
    "mov rsi, rdx",
    "call rax",
    "pop rbp",
    "ret",
);

unsafe extern "C" {
    fn gocc_rt_call_string_method_nofp(
        f: crate::types::StringMethod,
        recv: usize,
        out: *mut GoString,
    );
}

/// Set while [`preprintpanics`] runs `Error`/`String` methods.
static PRINTING: Racy<bool> = Racy::new(false);

/// gc's preprintpanics: newest first, marks a panic whose value is the
/// same as the next newer one's as `repanicked` (printed once), and
/// replaces each other panic value with an `Error` or `String` method by
/// the method's result, before anything is printed. A panic raised by one
/// of these methods ends in [`fatalpanic`] again, which reports it.
///
/// # Safety
/// `g` must be the running goroutine; its panic records are live.
unsafe fn preprintpanics(g: *mut G) {
    // SAFETY: single-threaded.
    unsafe {
        *PRINTING.get() = true;
        *crate::traceback::PRINT_CALLER.get() = crate::traceback::caller();
    }
    // SAFETY: per the contract.
    unsafe {
        let mut p = (*g).panic;
        while !p.is_null() {
            let link = (*p).link;
            if !link.is_null()
                && (*link).arg.typ == (*p).arg.typ
                && (*link).arg.data == (*p).arg.data
            {
                (*link).repanicked = true;
                p = link;
                continue;
            }
            let t = (*p).arg.typ;
            if !t.is_null()
                && let Some(m) = (*t)
                    .string_method(b"Error")
                    .or_else(|| (*t).string_method(b"String"))
            {
                let cell = alloc_typed(16, &STRING_LAYOUT) as *mut GoString;
                *cell = GoString::EMPTY;
                gocc_rt_call_string_method_nofp(m, (*p).arg.data as usize, cell);
                (*p).arg = Eface {
                    typ: &crate::error::STRING_TYPE,
                    data: cell.cast(),
                };
            }
            p = link;
        }
    }
}

/// gc's printpanics: the chain oldest first, later panics after a tab
/// (none after a Goexit), a panic whose older neighbour has the same value
/// left out (that one is ` [recovered, repanicked]`).
///
/// # Safety
/// The chain's records are live.
unsafe fn printpanics(out: &mut Vec<u8>, newest: *mut Panic) {
    let mut chain = Vec::new();
    let mut p = newest;
    while !p.is_null() {
        chain.push(p);
        // SAFETY: per the contract.
        p = unsafe { (*p).link };
    }
    let mut older: Option<&Panic> = None;
    for &p in chain.iter().rev() {
        // SAFETY: per the contract.
        let p = unsafe { &*p };
        let prev = older.replace(p);
        if let Some(link) = prev {
            if link.repanicked {
                continue;
            }
            if !link.goexit {
                out.push(b'\t');
            }
        }
        if p.goexit {
            continue;
        }
        out.extend_from_slice(b"panic: ");
        // Values with methods were turned into their text by
        // preprintpanics (the fatal-error path prints them as they are).
        push_panic_value_raw(out, p.arg);
        if p.recovered && p.repanicked {
            out.extend_from_slice(b" [recovered, repanicked]");
        } else if p.recovered {
            out.extend_from_slice(b" [recovered]");
        }
        out.push(b'\n');
    }
}

/// Prints the panic chain and the trace header, then exits 2.
///
/// # Safety
/// `g` must be the running goroutine with a non-empty panic chain.
pub(crate) unsafe fn fatalpanic(g: *mut G) -> ! {
    // SAFETY: single-threaded.
    if unsafe { *PRINTING.get() } {
        // An Error or String method called by preprintpanics panicked
        // (gc: the deferred function of preprintpanics throws).
        let mut out = b"fatal error: panic while printing panic value: ".to_vec();
        // SAFETY: the chain's newest record is the nested panic.
        unsafe {
            let arg = (*(*g).panic).arg;
            match arg.typ.as_ref() {
                Some(t) if t.kind == kind::STRING && !t.is_named() => {
                    push_indented(&mut out, (*(arg.data as *const GoString)).bytes())
                }
                Some(t) => {
                    out.extend_from_slice(b"type ");
                    out.extend_from_slice(t.name());
                }
                None => out.extend_from_slice(b"type <nil>"),
            }
        }
        out.push(b'\n');
        // SAFETY: the running goroutine.
        unsafe { push_throw_trace(&mut out, &*g) };
        sys::write_all(sys::STDERR, &out);
        sys::exit_process(2);
    }
    // SAFETY: per the contract.
    unsafe { preprintpanics(g) };
    let mut out = Vec::with_capacity(128);
    // SAFETY: per the contract; chain records are live.
    unsafe {
        printpanics(&mut out, (*g).panic);
        if (*g).sig != 0 {
            let g = &*g;
            crate::signal::push_signal_line(&mut out, g.sig, g.sigcode, g.sigaddr, g.sigpc);
        }
        crate::traceback::push_traceback(&mut out, &*g);
    }
    sys::write_all(sys::STDERR, &out);
    sys::exit_process(2)
}

/// What follows a `fatal error: ` line of gc's throw: the signal line of
/// a fault being handled, then the goroutine trace.
fn push_throw_trace(out: &mut Vec<u8>, g: &G) {
    if g.sig != 0 {
        crate::signal::push_signal_line(out, g.sig, g.sigcode, g.sigaddr, g.sigpc);
    }
    crate::traceback::push_throw_traceback(out, g);
}

/// Appends `s` with each newline followed by a tab (gc's printindented).
fn push_indented(out: &mut Vec<u8>, s: &[u8]) {
    for &c in s {
        out.push(c);
        if c == b'\n' {
            out.push(b'\t');
        }
    }
}

/// Appends a panic value as gc's printpanicval prints it: `Error()` or
/// `String()` results, basic values like `print`, named basic values as
/// `main.T(v)`, anything else as `(T) 0xADDR`.
pub fn push_panic_value(out: &mut Vec<u8>, v: Eface) {
    if !v.typ.is_null() {
        // SAFETY: a non-null interface type word is a valid descriptor.
        let t = unsafe { &*v.typ };
        for name in [&b"Error"[..], b"String"] {
            if let Some(m) = t.string_method(name) {
                let s = call_string_method(m, v.data as usize);
                // SAFETY: the method returned a valid string.
                push_indented(out, unsafe { s.bytes() });
                return;
            }
        }
    }
    push_panic_value_raw(out, v);
}

/// gc's printpanicval: basic values like `print`, named basic values as
/// `main.T(v)`, anything else as `(T) 0xADDR`; no methods are called.
pub fn push_panic_value_raw(out: &mut Vec<u8>, v: Eface) {
    if v.typ.is_null() {
        out.extend_from_slice(b"nil");
        return;
    }
    // SAFETY: a non-null interface type word is a valid descriptor.
    let t = unsafe { &*v.typ };
    let data = v.data as usize;
    let named = t.is_named();
    let start = out.len();
    if named {
        out.extend_from_slice(t.name());
        if t.kind != kind::COMPLEX64 && t.kind != kind::COMPLEX128 {
            out.push(b'(');
        }
    }
    let p = v.data;
    // SAFETY: non-direct values are boxed: data points at the value.
    unsafe {
        match t.kind {
            kind::BOOL => out.extend_from_slice(if *p != 0 { b"true" } else { b"false" }),
            kind::INT | kind::INT64 => push_int(out, *(p as *const i64)),
            kind::INT8 => push_int(out, *(p as *const i8) as i64),
            kind::INT16 => push_int(out, *(p as *const i16) as i64),
            kind::INT32 => push_int(out, *(p as *const i32) as i64),
            kind::UINT | kind::UINT64 | kind::UINTPTR => push_uint(out, *(p as *const u64)),
            kind::UINT8 => push_uint(out, *p as u64),
            kind::UINT16 => push_uint(out, *(p as *const u16) as u64),
            kind::UINT32 => push_uint(out, *(p as *const u32) as u64),
            kind::FLOAT32 => push_float32(out, *(p as *const f32)),
            kind::FLOAT64 => push_float64(out, *(p as *const f64)),
            kind::COMPLEX64 => {
                let c = p as *const f32;
                push_complex(out, *c as f64, *c.add(1) as f64, 64)
            }
            kind::COMPLEX128 => {
                let c = p as *const f64;
                push_complex(out, *c, *c.add(1), 128)
            }
            kind::STRING => {
                if named {
                    out.push(b'"');
                }
                push_indented(out, (*(p as *const GoString)).bytes());
                if named {
                    out.push(b'"');
                }
            }
            _ => {
                out.truncate(start);
                out.push(b'(');
                out.extend_from_slice(t.name());
                out.extend_from_slice(b") ");
                push_hex(out, data as u64);
                return;
            }
        }
    }
    if named && t.kind != kind::COMPLEX64 && t.kind != kind::COMPLEX128 {
        out.push(b')');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{FLAG_NAMED, static_type};

    fn pv(v: Eface) -> String {
        let mut o = Vec::new();
        push_panic_value(&mut o, v);
        String::from_utf8(o).unwrap()
    }

    // Forms from go1.26.8 (`panic(v)` for each v).
    #[test]
    fn panic_values() {
        static INT: Type = static_type("int", kind::INT, 8, 0);
        static CODE: Type = static_type("main.Code", kind::INT, 8, FLAG_NAMED);
        static S: Type = static_type("main.S", kind::STRING, 16, FLAG_NAMED);
        static STR: Type = static_type("string", kind::STRING, 16, 0);
        static F: Type = static_type("main.F", kind::FLOAT64, 8, FLAG_NAMED);
        static C: Type = static_type("main.C", kind::COMPLEX128, 16, FLAG_NAMED);
        static T: Type = static_type("main.T", kind::STRUCT, 16, FLAG_NAMED);
        let i = 42i64;
        assert_eq!(
            pv(Eface {
                typ: &INT,
                data: (&raw const i).cast()
            }),
            "42"
        );
        let c = 404i64;
        assert_eq!(
            pv(Eface {
                typ: &CODE,
                data: (&raw const c).cast()
            }),
            "main.Code(404)"
        );
        let s = GoString::from_static("x\ny");
        assert_eq!(
            pv(Eface {
                typ: &S,
                data: (&raw const s).cast()
            }),
            "main.S(\"x\n\ty\")"
        );
        let s = GoString::from_static("line1\nline2");
        assert_eq!(
            pv(Eface {
                typ: &STR,
                data: (&raw const s).cast()
            }),
            "line1\n\tline2"
        );
        let f = 2.5f64;
        assert_eq!(
            pv(Eface {
                typ: &F,
                data: (&raw const f).cast()
            }),
            "main.F(2.5)"
        );
        let cc = [1.0f64, 2.0];
        assert_eq!(
            pv(Eface {
                typ: &C,
                data: cc.as_ptr().cast()
            }),
            "main.C(1+2i)"
        );
        assert_eq!(
            pv(Eface {
                typ: &T,
                data: 0x4b6210 as *const u8
            }),
            "(main.T) 0x4b6210"
        );
        let b = BoundsError {
            x: 5,
            y: 3,
            signed: true,
            code: BoundsCode::Index,
        };
        assert_eq!(
            pv(Eface {
                typ: &BOUNDS_ERROR_TYPE,
                data: (&raw const b).cast()
            }),
            "runtime error: index out of range [5] with length 3"
        );
        let m = GoString::from_static("assignment to entry in nil map");
        assert_eq!(
            pv(Eface {
                typ: &PLAIN_ERROR_TYPE,
                data: (&raw const m).cast()
            }),
            "assignment to entry in nil map"
        );
        assert_eq!(
            pv(Eface {
                typ: &PANIC_NIL_ERROR_TYPE,
                data: zerobase()
            }),
            "panic called with nil argument"
        );
        static ANY: Type = static_type("interface {}", kind::INTERFACE, 16, 0);
        let te = TypeAssertionError {
            interface: &ANY,
            concrete: &STR,
            asserted: &INT,
            missing_method: GoString::EMPTY,
        };
        assert_eq!(
            pv(Eface {
                typ: &TYPE_ASSERTION_ERROR_TYPE,
                data: (&raw const te).cast()
            }),
            "interface conversion: interface {} is string, not int"
        );
        let te = TypeAssertionError {
            concrete: core::ptr::null(),
            asserted: &T,
            ..te
        };
        assert_eq!(
            pv(Eface {
                typ: &TYPE_ASSERTION_ERROR_TYPE,
                data: (&raw const te).cast()
            }),
            "interface conversion: interface {} is nil, not main.T"
        );
    }
}
