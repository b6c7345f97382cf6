//! The runtime's own error types (gc's `runtime.boundsError`,
//! `runtime.errorString`, `runtime.plainError`, `*runtime.PanicNilError`),
//! with type descriptors and `Error`/`RuntimeError` methods built here so
//! that panics with runtime errors are ordinary interface values: `recover`
//! can return them and fmt prints them through their `Error` method.

use crate::strings::gostring;
use crate::types::{
    FLAG_COMPARABLE, FLAG_DIRECT, FLAG_GCDATA, FLAG_NAMED, Field, GoString, Method, Type, kind,
    static_type,
};
use crate::util::push_int;

/// `string`: also the program's own descriptor of `string` (ssagen's
/// `rterror::runtime_typedesc` names this symbol), so the `string` values
/// the runtime makes (std panics like `strings: negative Repeat count`)
/// pass `r.(string)`.
/// It carries its pointer bitmap (the data word), as every descriptor
/// compiled code allocates with must (docs/gc.md).
#[unsafe(export_name = "runtime.rtype.string")]
pub static STRING_TYPE: Type = Type {
    ptrdata: 8,
    gcdata: FIRST_WORD.as_ptr(),
    ..static_type("string", kind::STRING, 16, FLAG_COMPARABLE | FLAG_GCDATA)
};

/// The `GCData` of a value whose first word is its one pointer.
static FIRST_WORD: [u8; 1] = [1];
static FUNC_STRING_RESULT: [Field; 1] = [Field {
    name: GoString::EMPTY,
    typ: &STRING_TYPE,
    offset: 0,
    embedded: 0,
}];
/// `func() string`, the type of `Error` and `String` methods.
static FUNC_STRING: Type = Type {
    fields: FUNC_STRING_RESULT.as_ptr(),
    results: 1,
    ..static_type("func() string", kind::FUNC, 8, FLAG_DIRECT)
};
/// `func()`, the type of the `RuntimeError` marker method.
static FUNC_VOID: Type = static_type("func()", kind::FUNC, 8, FLAG_DIRECT);

extern "C" fn runtime_error_marker(_recv: usize, _out: *mut u8) {}

const fn methods(error: extern "C" fn(usize, *mut GoString)) -> [Method; 2] {
    [
        Method {
            name: GoString::from_static("Error"),
            mtyp: &FUNC_STRING,
            ifn: error as *const u8,
        },
        Method {
            name: GoString::from_static("RuntimeError"),
            mtyp: &FUNC_VOID,
            ifn: runtime_error_marker as *const u8,
        },
    ]
}

/// Bounds-check failure kinds (gc's abi.BoundsErrorCode).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum BoundsCode {
    Index = 0,
    SliceAlen,
    SliceAcap,
    SliceB,
    Slice3Alen,
    Slice3Acap,
    Slice3B,
    Slice3C,
    Convert,
}

/// gc's `runtime.boundsError` layout: `{x int64; y int; signed bool; code uint8}`.
#[repr(C)]
pub struct BoundsError {
    pub x: i64,
    pub y: i64,
    pub signed: bool,
    pub code: BoundsCode,
}

impl BoundsError {
    /// The `Error()` text.
    pub fn message(&self) -> Vec<u8> {
        use BoundsCode::*;
        let neg = self.signed && self.x < 0;
        let fmt: &str = match (self.code, neg) {
            (Index, false) => "index out of range [%x] with length %y",
            (SliceAlen, false) => "slice bounds out of range [:%x] with length %y",
            (SliceAcap, false) => "slice bounds out of range [:%x] with capacity %y",
            (SliceB, false) => "slice bounds out of range [%x:%y]",
            (Slice3Alen, false) => "slice bounds out of range [::%x] with length %y",
            (Slice3Acap, false) => "slice bounds out of range [::%x] with capacity %y",
            (Slice3B, false) => "slice bounds out of range [:%x:%y]",
            (Slice3C, false) => "slice bounds out of range [%x:%y:]",
            (Convert, _) => {
                "cannot convert slice with length %y to array or pointer to array with length %x"
            }
            (Index, true) => "index out of range [%x]",
            (SliceAlen | SliceAcap, true) => "slice bounds out of range [:%x]",
            (SliceB, true) => "slice bounds out of range [%x:]",
            (Slice3Alen | Slice3Acap, true) => "slice bounds out of range [::%x]",
            (Slice3B, true) => "slice bounds out of range [:%x:]",
            (Slice3C, true) => "slice bounds out of range [%x::]",
        };
        let mut b = b"runtime error: ".to_vec();
        let mut it = fmt.bytes();
        while let Some(c) = it.next() {
            if c != b'%' {
                b.push(c);
                continue;
            }
            match it.next() {
                Some(b'x') if self.signed => push_int(&mut b, self.x),
                Some(b'x') => crate::util::push_uint(&mut b, self.x as u64),
                _ => push_int(&mut b, self.y),
            }
        }
        b
    }
}

extern "C" fn bounds_error_error(recv: usize, out: *mut GoString) {
    // SAFETY: recv is the data word of a boundsError interface value.
    unsafe { *out = gostring(&(*(recv as *const BoundsError)).message()) };
}

static BOUNDS_ERROR_METHODS: [Method; 2] = methods(bounds_error_error);
// Exported for the itabs ssagen emits (crates/ssagen/src/rterror.rs).
#[unsafe(export_name = "runtime.rtype.boundsError")]
pub static BOUNDS_ERROR_TYPE: Type = Type {
    methods: BOUNDS_ERROR_METHODS.as_ptr(),
    nmethods: 2,
    ..static_type(
        "runtime.boundsError",
        kind::STRUCT,
        24,
        FLAG_NAMED | FLAG_COMPARABLE,
    )
};

extern "C" fn error_string_error(recv: usize, out: *mut GoString) {
    // SAFETY: recv points at the errorString's string header.
    let s = unsafe { (*(recv as *const GoString)).bytes() };
    let mut b = b"runtime error: ".to_vec();
    b.extend_from_slice(s);
    // SAFETY: caller's result buffer.
    unsafe { *out = gostring(&b) };
}

static ERROR_STRING_METHODS: [Method; 2] = methods(error_string_error);
/// `runtime.errorString`: runtime errors whose text is fixed ("integer
/// divide by zero"); `Error()` adds the "runtime error: " prefix.
// Exported for the itabs ssagen emits (crates/ssagen/src/rterror.rs).
#[unsafe(export_name = "runtime.rtype.errorString")]
pub static ERROR_STRING_TYPE: Type = Type {
    methods: ERROR_STRING_METHODS.as_ptr(),
    nmethods: 2,
    ..static_type(
        "runtime.errorString",
        kind::STRING,
        16,
        FLAG_NAMED | FLAG_COMPARABLE,
    )
};

extern "C" fn plain_error_error(recv: usize, out: *mut GoString) {
    // SAFETY: recv points at the plainError's string header.
    unsafe { *out = *(recv as *const GoString) };
}

static PLAIN_ERROR_METHODS: [Method; 2] = methods(plain_error_error);
/// `runtime.plainError`: runtime errors printed without the prefix
/// ("assignment to entry in nil map", "close of closed channel").
// Exported for the itabs ssagen emits (crates/ssagen/src/rterror.rs).
#[unsafe(export_name = "runtime.rtype.plainError")]
pub static PLAIN_ERROR_TYPE: Type = Type {
    methods: PLAIN_ERROR_METHODS.as_ptr(),
    nmethods: 2,
    ..static_type(
        "runtime.plainError",
        kind::STRING,
        16,
        FLAG_NAMED | FLAG_COMPARABLE,
    )
};

extern "C" fn panic_nil_error(_recv: usize, out: *mut GoString) {
    // SAFETY: caller's result buffer.
    unsafe { *out = GoString::from_static("panic called with nil argument") };
}

static PANIC_NIL_METHODS: [Method; 2] = methods(panic_nil_error);
static PANIC_NIL_STRUCT: Type = static_type(
    "runtime.PanicNilError",
    kind::STRUCT,
    0,
    FLAG_NAMED | FLAG_COMPARABLE,
);
/// `*runtime.PanicNilError`, what `panic(nil)` panics with since Go 1.21.
// Exported for the itabs ssagen emits (crates/ssagen/src/rterror.rs).
#[unsafe(export_name = "runtime.rtype.PanicNilError")]
pub static PANIC_NIL_ERROR_TYPE: Type = Type {
    elem: &PANIC_NIL_STRUCT,
    methods: PANIC_NIL_METHODS.as_ptr(),
    nmethods: 2,
    ptrdata: 8,
    gcdata: FIRST_WORD.as_ptr(),
    ..static_type(
        "*runtime.PanicNilError",
        kind::POINTER,
        8,
        FLAG_COMPARABLE | FLAG_DIRECT | FLAG_GCDATA,
    )
};

/// gc's `runtime.TypeAssertionError` (used through a pointer).
/// `TypeAssertionError` for the collector: the bytes of `missing_method`
/// (the descriptors are static data).
pub static TYPE_ASSERTION_ERROR_LAYOUT: Type = crate::types::layout_type(
    "runtime.TypeAssertionError",
    core::mem::size_of::<TypeAssertionError>() as u64,
    &[0b1000],
);

#[repr(C)]
pub struct TypeAssertionError {
    pub interface: *const Type,
    pub concrete: *const Type,
    pub asserted: *const Type,
    pub missing_method: GoString,
}

fn type_name(t: *const Type) -> &'static [u8] {
    // SAFETY: non-null descriptors are valid and static.
    unsafe { (*t).name() }
}

impl TypeAssertionError {
    /// The `Error()` text (gc's wording, without the package-path hint for
    /// identically named types).
    pub fn message(&self) -> Vec<u8> {
        let inter: &[u8] = if self.interface.is_null() {
            b"interface"
        } else {
            type_name(self.interface)
        };
        let want: &[u8] = if self.asserted.is_null() {
            b""
        } else {
            type_name(self.asserted)
        };
        let mut b = b"interface conversion: ".to_vec();
        if self.concrete.is_null() {
            b.extend_from_slice(inter);
            b.extend_from_slice(b" is nil, not ");
            b.extend_from_slice(want);
            return b;
        }
        let have = type_name(self.concrete);
        // SAFETY: a valid string.
        let missing = unsafe { self.missing_method.bytes() };
        if missing.is_empty() {
            b.extend_from_slice(inter);
            b.extend_from_slice(b" is ");
            b.extend_from_slice(have);
            b.extend_from_slice(b", not ");
            b.extend_from_slice(want);
            if have == want {
                b.extend_from_slice(b" (types from different scopes)");
            }
        } else {
            b.extend_from_slice(have);
            b.extend_from_slice(b" is not ");
            b.extend_from_slice(want);
            b.extend_from_slice(b": missing method ");
            b.extend_from_slice(missing);
        }
        b
    }
}

extern "C" fn type_assertion_error(recv: usize, out: *mut GoString) {
    // SAFETY: recv is a *TypeAssertionError.
    unsafe { *out = gostring(&(*(recv as *const TypeAssertionError)).message()) };
}

static TYPE_ASSERTION_METHODS: [Method; 2] = methods(type_assertion_error);
static TYPE_ASSERTION_STRUCT: Type = static_type(
    "runtime.TypeAssertionError",
    kind::STRUCT,
    40,
    FLAG_NAMED | FLAG_COMPARABLE,
);
/// `*runtime.TypeAssertionError`, the panic value of failed type assertions.
// Exported for the itabs ssagen emits (crates/ssagen/src/rterror.rs).
#[unsafe(export_name = "runtime.rtype.TypeAssertionError")]
pub static TYPE_ASSERTION_ERROR_TYPE: Type = Type {
    elem: &TYPE_ASSERTION_STRUCT,
    methods: TYPE_ASSERTION_METHODS.as_ptr(),
    nmethods: 2,
    ptrdata: 8,
    gcdata: FIRST_WORD.as_ptr(),
    ..static_type(
        "*runtime.TypeAssertionError",
        kind::POINTER,
        8,
        FLAG_COMPARABLE | FLAG_DIRECT | FLAG_GCDATA,
    )
};

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(x: i64, y: i64, signed: bool, code: BoundsCode) -> String {
        String::from_utf8(BoundsError { x, y, signed, code }.message()).unwrap()
    }

    // Texts from go1.26.8 panics.
    #[test]
    fn bounds_texts() {
        use BoundsCode::*;
        assert_eq!(
            msg(10, 3, true, Index),
            "runtime error: index out of range [10] with length 3"
        );
        assert_eq!(
            msg(21, 3, true, SliceAcap),
            "runtime error: slice bounds out of range [:21] with capacity 3"
        );
        assert_eq!(
            msg(19, 2, true, SliceB),
            "runtime error: slice bounds out of range [19:2]"
        );
        assert_eq!(
            msg(-1, 0, true, SliceB),
            "runtime error: slice bounds out of range [-1:]"
        );
        assert_eq!(
            msg(29, 2, true, Slice3B),
            "runtime error: slice bounds out of range [:29:2]"
        );
        assert_eq!(
            msg(-1, 3, false, Index),
            "runtime error: index out of range [18446744073709551615] with length 3"
        );
    }
}
