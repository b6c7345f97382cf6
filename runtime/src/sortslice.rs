//! The two reflect services `sort.Slice`/`sort.SliceStable` need (they are
//! otherwise written in Go, crates/gocc/std/sort.go): the length of a
//! slice held in an `any`, and swapping two of its elements. For a
//! non-slice Go's sort panics in `reflectlite.Swapper` with a
//! `*reflectlite.ValueError` (`reflect: call of Swapper on int Value`), an
//! error that is not a `runtime.Error`; so does this.

use crate::malloc::alloc_typed;
use crate::panic::gopanic_value;
use crate::traceback::go_entry;
use crate::types::{
    Eface, FLAG_COMPARABLE, FLAG_DIRECT, FLAG_NAMED, Field, GoString, Method, Slice, Type, kind,
    static_type,
};

// May panic: record their Go caller (traceback.rs).
go_entry!("sort.lenAny", len_any);
go_entry!("sort.swapAny", swap_any);

/// reflectlite's `ValueError{Method string; Kind Kind}`.
#[repr(C)]
struct ValueError {
    method: GoString,
    kind: u64,
}

/// reflect's `Kind.String()` names, by kind number (gocc's kinds are
/// reflect's).
const KIND_NAMES: [&str; 27] = [
    "invalid",
    "bool",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
    "float32",
    "float64",
    "complex64",
    "complex128",
    "array",
    "chan",
    "func",
    "interface",
    "map",
    "ptr",
    "slice",
    "string",
    "struct",
    "unsafe.Pointer",
];

/// `(*reflectlite.ValueError).Error`, method-adapter convention.
extern "C" fn value_error_ifn(recv: usize, out: *mut GoString) {
    // SAFETY: recv is a *ValueError made by `slice_of`.
    let e = unsafe { &*(recv as *const ValueError) };
    let mut msg = b"reflect: call of ".to_vec();
    // SAFETY: a valid string.
    msg.extend_from_slice(unsafe { e.method.bytes() });
    msg.extend_from_slice(b" on ");
    if e.kind == 0 {
        msg.extend_from_slice(b"zero");
    } else {
        msg.extend_from_slice(
            KIND_NAMES
                .get(e.kind as usize)
                .unwrap_or(&"kind?")
                .as_bytes(),
        );
    }
    msg.extend_from_slice(b" Value");
    // SAFETY: the caller's result slot.
    unsafe { *out = crate::strings::gostring(&msg) };
}

static VALUE_ERROR_METHODS: [Method; 1] = [Method {
    name: GoString::from_static("Error"),
    mtyp: &crate::errors::FUNC_STRING,
    ifn: value_error_ifn as *const u8,
}];
static KIND: Type = static_type(
    "reflectlite.Kind",
    kind::UINT,
    8,
    FLAG_NAMED | FLAG_COMPARABLE,
);
static VALUE_ERROR_FIELDS: [Field; 2] = [
    Field {
        name: GoString::from_static("Method"),
        typ: &crate::error::STRING_TYPE,
        offset: 0,
        embedded: 0,
    },
    Field {
        name: GoString::from_static("Kind"),
        typ: &KIND,
        offset: 16,
        embedded: 0,
    },
];
static VALUE_ERROR: Type = Type {
    fields: VALUE_ERROR_FIELDS.as_ptr(),
    len: 2,
    ..static_type(
        "reflectlite.ValueError",
        kind::STRUCT,
        24,
        FLAG_NAMED | FLAG_COMPARABLE,
    )
};
/// `*reflectlite.ValueError`.
// Exported for the itabs ssagen emits (crates/ssagen/src/rterror.rs).
#[unsafe(export_name = "reflectlite.rtype.ValueError")]
pub static VALUE_ERROR_PTR: Type = Type {
    elem: &VALUE_ERROR,
    methods: VALUE_ERROR_METHODS.as_ptr(),
    nmethods: 1,
    ..static_type(
        "*reflectlite.ValueError",
        kind::POINTER,
        8,
        FLAG_COMPARABLE | FLAG_DIRECT,
    )
};

/// The slice header behind `any` `(typ, data)`, or a panic like reflect's.
///
/// # Safety
/// `typ`/`data` form a valid `any` value.
unsafe fn slice_of<'a>(
    typ: *const Type,
    data: *const u8,
    what: &'static str,
) -> (&'a Type, &'a Slice) {
    // SAFETY: per the caller's contract; a slice is boxed in an `any`.
    unsafe {
        if typ.is_null() || (*typ).kind != kind::SLICE {
            static LAYOUT: Type = crate::types::layout_type(
                "reflect.ValueError",
                core::mem::size_of::<ValueError>() as u64,
                &[0b1],
            );
            let e = alloc_typed(core::mem::size_of::<ValueError>(), &LAYOUT) as *mut ValueError;
            *e = ValueError {
                method: GoString::from_static(what),
                kind: if typ.is_null() { 0 } else { (*typ).kind as u64 },
            };
            gopanic_value(Eface {
                typ: &VALUE_ERROR_PTR,
                data: e.cast(),
            })
        }
        (&*(*typ).elem, &*(data as *const Slice))
    }
}

pub extern "C" fn len_any(typ: *const Type, data: *const u8) -> i64 {
    // SAFETY: compiled code passes an `any`.
    unsafe { slice_of(typ, data, "Swapper").1.len }
}

pub extern "C" fn swap_any(typ: *const Type, data: *const u8, i: i64, j: i64) {
    // SAFETY: compiled code passes an `any`; sort only swaps indices below
    // the length it was given.
    unsafe {
        let (elem, s) = slice_of(typ, data, "Swapper");
        if i == j || i < 0 || j < 0 || i >= s.len || j >= s.len {
            return;
        }
        let n = elem.size as usize;
        let a = s.ptr.add(i as usize * n);
        let b = s.ptr.add(j as usize * n);
        core::ptr::swap_nonoverlapping(a, b, n);
    }
}
