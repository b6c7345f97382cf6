//! Calling an operand's `Format`, `GoString`, `Error` or `String` method
//! from the printer, recovering a panic in it as gc's fmt does
//! (`%!v(PANIC=String method: boom)`, or `<nil>` for a nil pointer
//! receiver).
//!
//! A panic must not unwind Rust frames, so the recovery happens in Go:
//! crates/gocc/std/fmt.go declares `*fmt.catcher`, whose `String` method
//! calls the wanted method (found by a type assertion, so any method set
//! works, not only the String/Error adapters of the descriptors) under a
//! `defer`/`recover`, and registers a catcher with `fmt.setCatcher` when
//! the package is initialized. The runtime fills a catcher record on its
//! own stack and calls that `String` through its descriptor adapter:
//! gopanic's frame walk stops at the catcher's landing pad, below the
//! Rust frames. Before registration (or without the Go part) the Error
//! and String adapters are called directly and GoString/Format are not
//! used.

use super::format::Flags;
use crate::types::{Eface, GoString, Slice, StringMethod, Type, call_string_method, kind};
use crate::util::Racy;

/// Which method the catcher calls (fmt.go's `catcher.method`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Error = 0,
    String = 1,
    GoString = 2,
    Format = 3,
}

impl Method {
    /// The name gc's catchPanic prints (`String method: ...`).
    pub fn name(self) -> &'static [u8] {
        match self {
            Method::Error => b"Error",
            Method::String => b"String",
            Method::GoString => b"GoString",
            Method::Format => b"Format",
        }
    }
}

/// fmt.go's `catcher` struct, field for field (Go's layout).
#[repr(C)]
struct Catcher {
    arg: Eface,
    pval: Eface,
    method: i64,
    verb: i32,
    wid: i64,
    prec: i64,
    /// The flags `State.Flag` reports set, as the characters `-+# 0`.
    flags: GoString,
    /// 0: the operand lacks the method; 1: called; 2: it panicked.
    state: i64,
    /// What a Format method wrote.
    buf: Slice,
}

/// The registered catcher's `String` adapter.
static CATCHER: Racy<Option<StringMethod>> = Racy::new(None);

/// `fmt.setCatcher(c any) bool`: registers `*fmt.catcher` (fmt.go).
#[unsafe(export_name = "fmt.setCatcher")]
pub extern "C" fn set_catcher(typ: *const Type, _data: *const u8) -> bool {
    if typ.is_null() {
        return false;
    }
    // SAFETY: a descriptor of compiled code; single-threaded registration.
    unsafe { *CATCHER.get() = (*typ).string_method(b"String") };
    true
}

/// The outcome of a method call.
pub enum Called {
    /// The operand has no such method (after all).
    Absent,
    /// The method's result (Error/String/GoString) or output (Format).
    Done(Vec<u8>),
    /// The method panicked with this value, after writing this much
    /// (Format).
    Panicked(Vec<u8>, Eface),
}

/// Whether type `t` has a method `name` of `nin` parameters.
pub fn has_method(t: &Type, name: &[u8], nin: u64) -> bool {
    t.methods().iter().any(|m| {
        // SAFETY: method names and types are valid descriptors.
        unsafe { m.name.bytes() == name && (m.mtyp.is_null() || (*m.mtyp).len == nin) }
    })
}

/// The `State.Flag` characters of the current flags, as gc's pp.Flag.
fn flag_chars(f: &Flags) -> &'static [u8] {
    let bits = u8::from(f.minus)
        | u8::from(f.plus || f.plus_v) << 1
        | u8::from(f.sharp || f.sharp_v) << 2
        | u8::from(f.space) << 3
        | u8::from(f.zero) << 4;
    FLAG_STRINGS[bits as usize]
}

/// `-+# 0` subsets by bit pattern (bit 0 `-`, 1 `+`, 2 `#`, 3 ` `, 4 `0`).
const FLAG_STRINGS: [&[u8]; 32] = [
    b"", b"-", b"+", b"-+", b"#", b"-#", b"+#", b"-+#", b" ", b"- ", b"+ ", b"-+ ", b"# ", b"-# ",
    b"+# ", b"-+# ", b"0", b"-0", b"+0", b"-+0", b"#0", b"-#0", b"+#0", b"-+#0", b" 0", b"- 0",
    b"+ 0", b"-+ 0", b"# 0", b"-# 0", b"+# 0", b"-+# 0",
];

/// Calls `method` of the operand (`typ`, interface data word `data`).
/// `verb`, width, precision and flags are what a Format method sees.
pub fn call(
    typ: *const Type,
    data: usize,
    method: Method,
    verb: char,
    f: &super::format::Fmt,
) -> Called {
    // SAFETY: single-threaded read.
    let catcher = unsafe { *CATCHER.get() };
    let Some(ifn) = catcher else {
        return call_direct(typ, data, method);
    };
    let flags = flag_chars(&f.flags);
    let mut c = Catcher {
        arg: Eface {
            typ,
            data: data as *const u8,
        },
        pval: Eface {
            typ: core::ptr::null(),
            data: core::ptr::null(),
        },
        method: method as i64,
        verb: verb as i32,
        wid: if f.flags.wid_present { f.wid } else { -1 },
        prec: if f.flags.prec_present { f.prec } else { -1 },
        flags: GoString {
            ptr: flags.as_ptr(),
            len: flags.len() as i64,
        },
        state: 0,
        buf: Slice {
            ptr: core::ptr::null_mut(),
            len: 0,
            cap: 0,
        },
    };
    let s = call_string_method(ifn, &raw mut c as usize);
    let out = if method == Method::Format {
        let b = &c.buf;
        if b.ptr.is_null() || b.len <= 0 {
            Vec::new()
        } else {
            // SAFETY: the []byte the Go side appended to.
            unsafe { core::slice::from_raw_parts(b.ptr as *const u8, b.len as usize).to_vec() }
        }
    } else {
        // SAFETY: the method returned a valid Go string.
        unsafe { s.bytes().to_vec() }
    };
    match c.state {
        1 => Called::Done(out),
        2 => Called::Panicked(out, c.pval),
        _ => Called::Absent,
    }
}

/// Without the Go catcher: the descriptors' Error/String adapters.
fn call_direct(typ: *const Type, data: usize, method: Method) -> Called {
    let name = match method {
        Method::Error => b"Error".as_slice(),
        Method::String => b"String",
        _ => return Called::Absent,
    };
    // SAFETY: a valid descriptor.
    match unsafe { (*typ).string_method(name) } {
        Some(m) => {
            let s = call_string_method(m, data);
            // SAFETY: the method returned a valid Go string.
            Called::Done(unsafe { s.bytes().to_vec() })
        }
        None => Called::Absent,
    }
}

/// Whether the operand is a nil pointer (gc prints `<nil>` when its
/// method panicked).
pub fn is_nil_pointer(typ: &Type, data: usize) -> bool {
    typ.kind == kind::POINTER && data == 0
}
