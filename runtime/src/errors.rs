//! Error values made by the runtime for compiled code: `errors.New` and
//! `fmt.Errorf` return an `error` interface value `(itab, data)` whose
//! dynamic type is `*errors.errorString` (or `*fmt.wrapError` when the
//! format uses `%w`), with the itab layout of docs/abi.md: `{typ, fun[0] =
//! Error}`. `fun[0]` is called like a Go function (Cranelift `tail`
//! convention: the data word in rdi, the string back in rax:rcx), so it is
//! a small assembly shim around a SystemV Rust function.

use crate::fmt::print::Printer;
use crate::malloc::alloc_typed;
use crate::strings::gostring;
use crate::types::{
    Eface, FLAG_COMPARABLE, FLAG_DIRECT, FLAG_NAMED, Field, GoString, Method, Type, kind,
    static_type,
};
use core::ptr;

/// Both runtime error types start with their message.
#[repr(C)]
pub struct ErrorRec {
    pub msg: GoString,
    /// The `%w` operand (`*fmt.wrapError` only).
    pub wrapped: Eface,
}

// SAFETY: immutable once made (static sentinel errors).
unsafe impl Sync for ErrorRec {}

extern "C" fn error_sysv(recv: usize) -> GoString {
    // SAFETY: recv is a *errorString or *wrapError.
    unsafe { (*(recv as *const ErrorRec)).msg }
}

core::arch::global_asm!(
    ".text",
    ".p2align 4",
    ".globl gocc_rt_error_tail",
    "gocc_rt_error_tail:",
    "sub rsp, 8",
    "call {f}",
    "add rsp, 8",
    "mov rcx, rdx",
    "ret",
    f = sym error_sysv,
);

unsafe extern "C" {
    fn gocc_rt_error_tail();
}

/// `Method.ifn` adapter: `fn(recv, out *string)`.
extern "C" fn error_ifn(recv: usize, out: *mut GoString) {
    // SAFETY: the caller's result buffer.
    unsafe { *out = error_sysv(recv) };
}

static STRING: Type = static_type("string", kind::STRING, 16, FLAG_COMPARABLE);
static FUNC_STRING_RESULT: [Field; 1] = [Field {
    name: GoString::EMPTY,
    typ: &STRING,
    offset: 0,
    embedded: 0,
}];
/// `func() string`, the type of every `Error`/`String` method the
/// runtime's own descriptors list (also sort's `*reflectlite.ValueError`).
pub(crate) static FUNC_STRING: Type = Type {
    fields: FUNC_STRING_RESULT.as_ptr(),
    results: 1,
    ..static_type("func() string", kind::FUNC, 8, FLAG_DIRECT)
};
static ERROR_METHODS: [Method; 1] = [Method {
    name: GoString::from_static("Error"),
    mtyp: &FUNC_STRING,
    ifn: error_ifn as *const u8,
}];

static ERROR_STRING_FIELDS: [Field; 1] = [Field {
    name: GoString::from_static("s"),
    typ: &STRING,
    offset: 0,
    embedded: 0,
}];
static ERROR_STRING: Type = Type {
    fields: ERROR_STRING_FIELDS.as_ptr(),
    len: 1,
    ..static_type(
        "errors.errorString",
        kind::STRUCT,
        16,
        FLAG_NAMED | FLAG_COMPARABLE,
    )
};
/// `*errors.errorString`.
// Exported for the itabs ssagen emits (crates/ssagen/src/rterror.rs).
#[unsafe(export_name = "errors.rtype.errorString")]
pub static ERROR_STRING_PTR: Type = Type {
    elem: &ERROR_STRING,
    methods: ERROR_METHODS.as_ptr(),
    nmethods: 1,
    ..static_type(
        "*errors.errorString",
        kind::POINTER,
        8,
        FLAG_COMPARABLE | FLAG_DIRECT,
    )
};

static ERROR_IFACE: Type = static_type("error", kind::INTERFACE, 16, FLAG_NAMED | FLAG_COMPARABLE);
static WRAP_ERROR_FIELDS: [Field; 2] = [
    Field {
        name: GoString::from_static("msg"),
        typ: &STRING,
        offset: 0,
        embedded: 0,
    },
    Field {
        name: GoString::from_static("err"),
        typ: &ERROR_IFACE,
        offset: 16,
        embedded: 0,
    },
];
static WRAP_ERROR: Type = Type {
    fields: WRAP_ERROR_FIELDS.as_ptr(),
    len: 2,
    ..static_type(
        "fmt.wrapError",
        kind::STRUCT,
        32,
        FLAG_NAMED | FLAG_COMPARABLE,
    )
};
/// `*fmt.wrapError`.
// Exported for the itabs ssagen emits (crates/ssagen/src/rterror.rs).
#[unsafe(export_name = "fmt.rtype.wrapError")]
pub static WRAP_ERROR_PTR: Type = Type {
    elem: &WRAP_ERROR,
    methods: ERROR_METHODS.as_ptr(),
    nmethods: 1,
    ..static_type(
        "*fmt.wrapError",
        kind::POINTER,
        8,
        FLAG_COMPARABLE | FLAG_DIRECT,
    )
};

/// An itab with one method (`error`'s `Error`).
#[repr(C)]
pub struct Itab1 {
    pub typ: *const Type,
    pub fun: [unsafe extern "C" fn(); 1],
}

// SAFETY: immutable.
unsafe impl Sync for Itab1 {}

pub static ERROR_STRING_ITAB: Itab1 = Itab1 {
    typ: &ERROR_STRING_PTR,
    fun: [gocc_rt_error_tail],
};
static WRAP_ERROR_ITAB: Itab1 = Itab1 {
    typ: &WRAP_ERROR_PTR,
    fun: [gocc_rt_error_tail],
};

/// An `error` interface value.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ErrorValue {
    pub tab: *const Itab1,
    pub data: *const u8,
}

/// No error.
pub const NIL_ERROR: ErrorValue = ErrorValue {
    tab: ptr::null(),
    data: ptr::null(),
};

/// `ErrorRec` for the collector: the text's bytes and both words of the
/// wrapped error.
static ERROR_REC_LAYOUT: Type = crate::types::layout_type(
    "runtime.errorRec",
    core::mem::size_of::<ErrorRec>() as u64,
    &[0b1101],
);

pub fn new_error(itab: &'static Itab1, msg: GoString, wrapped: Eface) -> ErrorValue {
    let p = alloc_typed(core::mem::size_of::<ErrorRec>(), &ERROR_REC_LAYOUT) as *mut ErrorRec;
    // SAFETY: fresh allocation of the right size.
    unsafe { *p = ErrorRec { msg, wrapped } };
    ErrorValue {
        tab: itab,
        data: p.cast(),
    }
}

/// `errors.New(text string) error`.
#[unsafe(export_name = "errors.New")]
pub extern "C" fn errors_new(p: *const u8, n: i64) -> ErrorValue {
    let nil = Eface {
        typ: ptr::null(),
        data: ptr::null(),
    };
    new_error(&ERROR_STRING_ITAB, GoString { ptr: p, len: n }, nil)
}

/// `fmt.Errorf(format string, a ...any) error`: `%w` takes an error
/// operand and makes a `*fmt.wrapError` (Unwrap is not provided yet).
#[unsafe(export_name = "fmt.Errorf")]
pub extern "C" fn errorf(
    fp: *const u8,
    flen: i64,
    ap: *const Eface,
    alen: i64,
    _cap: i64,
) -> ErrorValue {
    // SAFETY: a valid format string and []any.
    let (format, args) = unsafe {
        let f = GoString { ptr: fp, len: flen }.bytes();
        let a: &[Eface] = if ap.is_null() || alen <= 0 {
            &[]
        } else {
            core::slice::from_raw_parts(ap, alen as usize)
        };
        (f, a)
    };
    let mut pr = Printer::new();
    pr.wrap_errs = true;
    pr.do_printf(format, args);
    let msg = gostring(&pr.f.buf);
    drop(pr);
    // gc returns a *fmt.wrapError whenever the format has a %w verb (its
    // operand, if an error, is what Unwrap would return).
    let mut wrapped = None;
    let mut argn = 0;
    let mut i = 0;
    while i < format.len() {
        if format[i] == b'%' {
            i += 1;
            while i < format.len() && b"#0+- .123456789".contains(&format[i]) {
                i += 1;
            }
            match format.get(i) {
                Some(b'%') => {}
                Some(b'w') => {
                    let nil = Eface {
                        typ: ptr::null(),
                        data: ptr::null(),
                    };
                    wrapped = Some(args.get(argn).copied().unwrap_or(nil));
                    break;
                }
                Some(_) => argn += 1,
                None => break,
            }
        }
        i += 1;
    }
    match wrapped {
        Some(w) => new_error(&WRAP_ERROR_ITAB, msg, w),
        None => new_error(
            &ERROR_STRING_ITAB,
            msg,
            Eface {
                typ: ptr::null(),
                data: ptr::null(),
            },
        ),
    }
}

/// `errors.Is(err, target error) bool`: `err` or an error it wraps (through
/// `%w`) equals `target`. (Is methods and Unwrap methods of other types
/// are not consulted yet.)
#[unsafe(export_name = "errors.Is")]
pub extern "C" fn errors_is(
    err_tab: *const *const Type,
    err_data: *const u8,
    target_tab: *const *const Type,
    target_data: *const u8,
) -> bool {
    if target_tab.is_null() {
        return err_tab.is_null();
    }
    // SAFETY: non-null itabs start with the dynamic type.
    let target_typ = unsafe { *target_tab };
    let mut cur = if err_tab.is_null() {
        None
    } else {
        // SAFETY: as above.
        Some(Eface {
            typ: unsafe { *err_tab },
            data: err_data,
        })
    };
    // SAFETY: the target's dynamic type is a valid descriptor.
    let comparable = crate::alg::comparable(unsafe { &*target_typ });
    while let Some(e) = cur {
        if e.typ.is_null() {
            return false;
        }
        // SAFETY: equal dynamic types; both values are of that type.
        if comparable
            && e.typ == target_typ
            && unsafe { crate::alg::efaceeq(&*e.typ, e.data, target_data) }
        {
            return true;
        }
        cur = if core::ptr::eq(e.typ, &WRAP_ERROR_PTR) {
            // SAFETY: a *fmt.wrapError made by Errorf.
            Some(unsafe { (*(e.data as *const ErrorRec)).wrapped })
        } else {
            None
        };
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(e: &ErrorValue) -> String {
        // SAFETY: a runtime-made error value.
        let s = error_sysv(e.data as usize);
        String::from_utf8(unsafe { s.bytes() }.to_vec()).unwrap()
    }

    #[test]
    fn errors_and_errorf() {
        let e = errors_new(b"boom".as_ptr(), 4);
        assert_eq!(text(&e), "boom");
        // SAFETY: the itab's type.
        assert_eq!(unsafe { (*(*e.tab).typ).name() }, b"*errors.errorString");
        // %w of an error formats its Error() text and makes a wrapError.
        let as_any = Eface {
            typ: &ERROR_STRING_PTR,
            data: e.data,
        };
        let f = b"ctx: %w (%d)";
        static INT: Type = static_type("int", kind::INT, 8, 0);
        let n = 3i64;
        let args = [
            as_any,
            Eface {
                typ: &INT,
                data: (&raw const n).cast(),
            },
        ];
        let w = errorf(f.as_ptr(), f.len() as i64, args.as_ptr(), 2, 2);
        assert_eq!(text(&w), "ctx: boom (3)");
        // SAFETY: the itab's type.
        assert_eq!(unsafe { (*(*w.tab).typ).name() }, b"*fmt.wrapError");
        let f = b"plain %d";
        let p = errorf(f.as_ptr(), f.len() as i64, args[1..].as_ptr(), 1, 1);
        assert_eq!(text(&p), "plain 3");
        // errors.Is sees through %w (an itab starts with its type).
        let tab = |v: &ErrorValue| v.tab as *const *const Type;
        assert!(errors_is(tab(&w), w.data, tab(&e), e.data));
        assert!(!errors_is(tab(&e), e.data, tab(&w), w.data));
        let other = errors_new(b"boom".as_ptr(), 4);
        assert!(!errors_is(tab(&w), w.data, tab(&other), other.data));
        // fmt prints an error operand through its Error method.
        let out = crate::fmt::sprintf_bytes(b"%v|%s|%T", &[as_any, as_any, as_any]);
        assert_eq!(out, b"boom|boom|*errors.errorString");
    }
}
