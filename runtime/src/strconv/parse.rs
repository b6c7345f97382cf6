//! strconv's parsing functions: Atoi, ParseInt, ParseUint, ParseBool,
//! ParseFloat, returning gc's `*strconv.NumError` values on failure.

use crate::errors::{ERROR_STRING_ITAB, ErrorRec, ErrorValue, Itab1, NIL_ERROR, new_error};
use crate::strings::gostring;
use crate::traceback::go_entry;
use crate::types::{
    Eface, FLAG_COMPARABLE, FLAG_DIRECT, FLAG_NAMED, Field, GoString, Method, Type, kind,
    static_type,
};
use crate::util::Racy;
use core::ptr;

go_entry!("strconv.Atoi", atoi);

static ERR_SYNTAX_REC: ErrorRec = ErrorRec {
    msg: GoString::from_static("invalid syntax"),
    wrapped: Eface {
        typ: ptr::null(),
        data: ptr::null(),
    },
};
static ERR_RANGE_REC: ErrorRec = ErrorRec {
    msg: GoString::from_static("value out of range"),
    wrapped: Eface {
        typ: ptr::null(),
        data: ptr::null(),
    },
};

/// The package variables `strconv.ErrSyntax` and `strconv.ErrRange`.
#[unsafe(export_name = "strconv.ErrSyntax")]
pub static ERR_SYNTAX: Racy<ErrorValue> = Racy::new(ErrorValue {
    tab: &ERROR_STRING_ITAB,
    data: &raw const ERR_SYNTAX_REC as *const u8,
});
#[unsafe(export_name = "strconv.ErrRange")]
pub static ERR_RANGE: Racy<ErrorValue> = Racy::new(ErrorValue {
    tab: &ERROR_STRING_ITAB,
    data: &raw const ERR_RANGE_REC as *const u8,
});

/// gc's `strconv.NumError {Func, Num string; Err error}`.
#[repr(C)]
struct NumError {
    func: GoString,
    num: GoString,
    err: ErrorValue,
}

extern "C" fn num_error_sysv(recv: usize) -> GoString {
    // SAFETY: recv is a *NumError made here; its Err is a runtime error.
    unsafe {
        let e = &*(recv as *const NumError);
        let mut b = b"strconv.".to_vec();
        b.extend_from_slice(e.func.bytes());
        b.extend_from_slice(b": parsing ");
        super::quote::quote(&mut b, e.num.bytes(), false);
        b.extend_from_slice(b": ");
        b.extend_from_slice((*(e.err.data as *const ErrorRec)).msg.bytes());
        gostring(&b)
    }
}

core::arch::global_asm!(
    ".text",
    ".p2align 4",
    ".globl gocc_rt_num_error_tail",
    "gocc_rt_num_error_tail:",
    "sub rsp, 8",
    "call {f}",
    "add rsp, 8",
    "mov rcx, rdx",
    "ret",
    f = sym num_error_sysv,
);

unsafe extern "C" {
    fn gocc_rt_num_error_tail();
}

extern "C" fn num_error_ifn(recv: usize, out: *mut GoString) {
    // SAFETY: the caller's result buffer.
    unsafe { *out = num_error_sysv(recv) };
}

static STRING: Type = static_type("string", kind::STRING, 16, FLAG_COMPARABLE);
static ERROR_IFACE: Type = static_type("error", kind::INTERFACE, 16, FLAG_NAMED | FLAG_COMPARABLE);
static NUM_ERROR_FIELDS: [Field; 3] = [
    Field {
        name: GoString::from_static("Func"),
        typ: &STRING,
        offset: 0,
        embedded: 0,
    },
    Field {
        name: GoString::from_static("Num"),
        typ: &STRING,
        offset: 16,
        embedded: 0,
    },
    Field {
        name: GoString::from_static("Err"),
        typ: &ERROR_IFACE,
        offset: 32,
        embedded: 0,
    },
];
static NUM_ERROR: Type = Type {
    fields: NUM_ERROR_FIELDS.as_ptr(),
    len: 3,
    ..static_type(
        "strconv.NumError",
        kind::STRUCT,
        48,
        FLAG_NAMED | FLAG_COMPARABLE,
    )
};
static NUM_ERROR_METHODS: [Method; 1] = [Method {
    name: GoString::from_static("Error"),
    mtyp: ptr::null(),
    ifn: num_error_ifn as *const u8,
}];
static NUM_ERROR_PTR: Type = Type {
    elem: &NUM_ERROR,
    methods: NUM_ERROR_METHODS.as_ptr(),
    nmethods: 1,
    ..static_type(
        "*strconv.NumError",
        kind::POINTER,
        8,
        FLAG_COMPARABLE | FLAG_DIRECT,
    )
};
static NUM_ERROR_ITAB: Itab1 = Itab1 {
    typ: &NUM_ERROR_PTR,
    fun: [gocc_rt_num_error_tail],
};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Fail {
    Syntax,
    Range,
    Base(i64),
    BitSize(i64),
}

fn num_error(func: &'static str, num: GoString, f: Fail) -> ErrorValue {
    let err = match f {
        // SAFETY: single-threaded reads of immutable statics.
        Fail::Syntax => unsafe { *ERR_SYNTAX.get() },
        Fail::Range => unsafe { *ERR_RANGE.get() },
        Fail::Base(b) => {
            let m = gostring(format!("invalid base {b}").as_bytes());
            new_error(
                &ERROR_STRING_ITAB,
                m,
                Eface {
                    typ: ptr::null(),
                    data: ptr::null(),
                },
            )
        }
        Fail::BitSize(b) => {
            let m = gostring(format!("invalid bit size {b}").as_bytes());
            new_error(
                &ERROR_STRING_ITAB,
                m,
                Eface {
                    typ: ptr::null(),
                    data: ptr::null(),
                },
            )
        }
    };
    let p = crate::malloc::alloc(core::mem::size_of::<NumError>()) as *mut NumError;
    // SAFETY: fresh allocation.
    unsafe {
        *p = NumError {
            func: GoString::from_static(func),
            num,
            err,
        }
    };
    ErrorValue {
        tab: &NUM_ERROR_ITAB,
        data: p.cast(),
    }
}

/// Underscores may only separate digits (or follow a base prefix).
fn underscores_ok(s: &[u8]) -> bool {
    let s = s
        .strip_prefix(b"+")
        .or_else(|| s.strip_prefix(b"-"))
        .unwrap_or(s);
    let (mut prev_digit, mut i, mut hex) = (false, 0, false);
    if s.len() >= 2 && s[0] == b'0' && matches!(s[1] | 0x20, b'b' | b'o' | b'x') {
        (prev_digit, i, hex) = (true, 2, s[1] | 0x20 == b'x');
    }
    let mut prev_underscore = false;
    while i < s.len() {
        let c = s[i];
        if c.is_ascii_digit() || (hex && (b'a'..=b'f').contains(&(c | 0x20))) {
            (prev_digit, prev_underscore) = (true, false);
        } else if c == b'_' {
            if !prev_digit {
                return false;
            }
            (prev_digit, prev_underscore) = (false, true);
        } else {
            if prev_underscore {
                return false;
            }
            (prev_digit, prev_underscore) = (false, false);
        }
        i += 1;
    }
    !prev_underscore
}

fn parse_uint(s: &[u8], base: i64, bits: i64) -> Result<u64, (u64, Fail)> {
    if s.is_empty() {
        return Err((0, Fail::Syntax));
    }
    let base0 = base == 0;
    let (mut s, mut base) = (s, base);
    if base0 {
        base = 10;
        if s[0] == b'0' {
            match s.get(1).map(|c| c | 0x20) {
                Some(b'b') if s.len() >= 3 => (base, s) = (2, &s[2..]),
                Some(b'o') if s.len() >= 3 => (base, s) = (8, &s[2..]),
                Some(b'x') if s.len() >= 3 => (base, s) = (16, &s[2..]),
                _ => (base, s) = (8, &s[1..]),
            }
        }
    } else if !(2..=36).contains(&base) {
        return Err((0, Fail::Base(base)));
    }
    let bits = if bits == 0 { 64 } else { bits };
    if !(1..=64).contains(&bits) {
        return Err((0, Fail::BitSize(bits)));
    }
    let max: u64 = if bits == 64 {
        u64::MAX
    } else {
        (1 << bits) - 1
    };
    let mut n: u64 = 0;
    let mut underscores = false;
    for &c in s {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => c - b'0',
            b'a'..=b'z' => c - b'a' + 10,
            b'A'..=b'Z' => c - b'A' + 10,
            _ => return Err((0, Fail::Syntax)),
        } as u64;
        if d >= base as u64 {
            return Err((0, Fail::Syntax));
        }
        match n.checked_mul(base as u64).and_then(|m| m.checked_add(d)) {
            Some(v) if v <= max => n = v,
            _ => return Err((max, Fail::Range)),
        }
    }
    Ok(n).and_then(|n| {
        if underscores && !underscores_ok(s) {
            Err((0, Fail::Syntax))
        } else {
            Ok(n)
        }
    })
}

fn parse_int(s: &[u8], base: i64, bits: i64) -> Result<i64, (i64, Fail)> {
    if s.is_empty() {
        return Err((0, Fail::Syntax));
    }
    let (neg, digits) = match s[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let bits = if bits == 0 { 64 } else { bits };
    let un = match parse_uint(digits, base, bits) {
        Ok(v) => v,
        Err((_, Fail::Range)) => u64::MAX,
        Err((_, f)) => return Err((0, f)),
    };
    let cutoff: u64 = 1 << (bits.clamp(1, 64) - 1);
    if !neg && un >= cutoff {
        return Err(((cutoff - 1) as i64, Fail::Range));
    }
    if neg && un > cutoff {
        return Err(((cutoff as i64).wrapping_neg(), Fail::Range));
    }
    Ok(if neg {
        (un as i64).wrapping_neg()
    } else {
        un as i64
    })
}

fn bytes<'a>(p: *const u8, n: i64) -> &'a [u8] {
    // SAFETY: a valid Go string.
    unsafe { GoString { ptr: p, len: n }.bytes() }
}

/// `(value, error)` results.
#[repr(C)]
pub struct IntResult {
    pub v: i64,
    pub err: ErrorValue,
}

fn int_result(out: *mut IntResult, func: &'static str, s: GoString, r: Result<i64, (i64, Fail)>) {
    let res = match r {
        Ok(v) => IntResult { v, err: NIL_ERROR },
        Err((v, f)) => IntResult {
            v,
            err: num_error(func, s, f),
        },
    };
    // SAFETY: the caller's result buffer.
    unsafe { *out = res };
}

/// `strconv.Atoi(s string) (int, error)`.
pub extern "C" fn atoi(out: *mut IntResult, p: *const u8, n: i64) {
    int_result(
        out,
        "Atoi",
        GoString { ptr: p, len: n },
        parse_int(bytes(p, n), 10, 0),
    );
}

/// `strconv.ParseInt(s string, base, bitSize int) (int64, error)`.
#[unsafe(export_name = "strconv.ParseInt")]
pub extern "C" fn parse_int_export(
    out: *mut IntResult,
    p: *const u8,
    n: i64,
    base: i64,
    bits: i64,
) {
    int_result(
        out,
        "ParseInt",
        GoString { ptr: p, len: n },
        parse_int(bytes(p, n), base, bits),
    );
}

/// `strconv.ParseUint(s string, base, bitSize int) (uint64, error)`.
#[unsafe(export_name = "strconv.ParseUint")]
pub extern "C" fn parse_uint_export(
    out: *mut IntResult,
    p: *const u8,
    n: i64,
    base: i64,
    bits: i64,
) {
    let r = parse_uint(bytes(p, n), base, bits)
        .map(|v| v as i64)
        .map_err(|(v, f)| (v as i64, f));
    int_result(out, "ParseUint", GoString { ptr: p, len: n }, r);
}

/// `strconv.ParseBool(str string) (bool, error)` (the bool in word 0).
#[unsafe(export_name = "strconv.ParseBool")]
pub extern "C" fn parse_bool(out: *mut IntResult, p: *const u8, n: i64) {
    let r = match bytes(p, n) {
        b"1" | b"t" | b"T" | b"TRUE" | b"true" | b"True" => Ok(1),
        b"0" | b"f" | b"F" | b"FALSE" | b"false" | b"False" => Ok(0),
        _ => Err((0, Fail::Syntax)),
    };
    int_result(out, "ParseBool", GoString { ptr: p, len: n }, r);
}

/// `(float64, error)`.
#[repr(C)]
pub struct FloatResult {
    pub v: f64,
    pub err: ErrorValue,
}

fn parse_float(s: &[u8], bits: i64) -> Result<f64, (f64, Fail)> {
    let text = std::str::from_utf8(s).map_err(|_| (0.0, Fail::Syntax))?;
    let cleaned;
    let text = if text.contains('_') {
        if !underscores_ok(s) {
            return Err((0.0, Fail::Syntax));
        }
        cleaned = text.replace('_', "");
        cleaned.as_str()
    } else {
        text
    };
    let lower = text.trim_start_matches(['+', '-']).to_ascii_lowercase();
    let named = matches!(lower.as_str(), "inf" | "infinity" | "nan");
    // Rust accepts a few spellings gc does not ("infinity" is fine in both).
    if !named
        && !text
            .bytes()
            .all(|c| c.is_ascii_digit() || b"+-.eE".contains(&c))
    {
        return Err((0.0, Fail::Syntax));
    }
    let v = if bits == 32 {
        text.parse::<f32>().map(|f| f as f64)
    } else {
        text.parse::<f64>()
    }
    .map_err(|_| (0.0, Fail::Syntax))?;
    if v.is_infinite() && !named {
        return Err((v, Fail::Range));
    }
    Ok(v)
}

/// `strconv.ParseFloat(s string, bitSize int) (float64, error)`; decimal
/// forms, `inf`/`infinity`/`nan` and underscores (hex floats not yet).
#[unsafe(export_name = "strconv.ParseFloat")]
pub extern "C" fn parse_float_export(out: *mut FloatResult, p: *const u8, n: i64, bits: i64) {
    let s = GoString { ptr: p, len: n };
    let res = match parse_float(bytes(p, n), bits) {
        Ok(v) => FloatResult { v, err: NIL_ERROR },
        Err((v, f)) => FloatResult {
            v,
            err: num_error("ParseFloat", s, f),
        },
    };
    // SAFETY: the caller's result buffer.
    unsafe { *out = res };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err_text(e: ErrorValue) -> String {
        if e.tab.is_null() {
            return "<nil>".into();
        }
        // SAFETY: a runtime-made error value.
        unsafe {
            let t = (*e.tab).typ;
            let m = (*t).string_method(b"Error").unwrap();
            let g = crate::types::call_string_method(m, e.data as usize);
            String::from_utf8(g.bytes().to_vec()).unwrap()
        }
    }

    fn int(f: extern "C" fn(*mut IntResult, *const u8, i64), s: &str) -> String {
        let mut r = IntResult {
            v: 0,
            err: NIL_ERROR,
        };
        f(&mut r, s.as_ptr(), s.len() as i64);
        format!("{} {}", r.v, err_text(r.err))
    }

    fn pint(s: &str, base: i64, bits: i64) -> String {
        let mut r = IntResult {
            v: 0,
            err: NIL_ERROR,
        };
        parse_int_export(&mut r, s.as_ptr(), s.len() as i64, base, bits);
        format!("{} {}", r.v, err_text(r.err))
    }

    fn pfloat(s: &str) -> String {
        let mut r = FloatResult {
            v: 0.0,
            err: NIL_ERROR,
        };
        parse_float_export(&mut r, s.as_ptr(), s.len() as i64, 64);
        let mut v = Vec::new();
        crate::print::push_float64(&mut v, r.v);
        format!("{} {}", String::from_utf8(v).unwrap(), err_text(r.err))
    }

    // Expected values printed by go1.26.8.
    #[test]
    fn matches_gc() {
        assert_eq!(int(atoi, "42"), "42 <nil>");
        assert_eq!(int(atoi, "+5"), "5 <nil>");
        assert_eq!(
            int(atoi, ""),
            "0 strconv.Atoi: parsing \"\": invalid syntax"
        );
        assert_eq!(
            int(atoi, "99999999999999999999"),
            "9223372036854775807 strconv.Atoi: parsing \"99999999999999999999\": value out of range"
        );
        assert_eq!(
            int(atoi, "0x1f"),
            "0 strconv.Atoi: parsing \"0x1f\": invalid syntax"
        );
        assert_eq!(
            int(atoi, "1_000"),
            "0 strconv.Atoi: parsing \"1_000\": invalid syntax"
        );
        assert_eq!(
            int(atoi, "-9223372036854775808"),
            "-9223372036854775808 <nil>"
        );
        assert_eq!(pint("ff", 16, 64), "255 <nil>");
        assert_eq!(pint("0x1f", 0, 64), "31 <nil>");
        assert_eq!(pint("0b101", 0, 8), "5 <nil>");
        assert_eq!(pint("017", 0, 64), "15 <nil>");
        assert_eq!(pint("1_000", 0, 64), "1000 <nil>");
        assert_eq!(
            pint("300", 10, 8),
            "127 strconv.ParseInt: parsing \"300\": value out of range"
        );
        assert_eq!(
            pint("-129", 10, 8),
            "-128 strconv.ParseInt: parsing \"-129\": value out of range"
        );
        assert_eq!(pint("z", 36, 64), "35 <nil>");
        assert_eq!(
            pint("12", 1, 64),
            "0 strconv.ParseInt: parsing \"12\": invalid base 1"
        );
        assert_eq!(int(parse_bool, "TRUE"), "1 <nil>");
        assert_eq!(
            int(parse_bool, "yes"),
            "0 strconv.ParseBool: parsing \"yes\": invalid syntax"
        );
        assert_eq!(pfloat("3.14"), "3.14 <nil>");
        assert_eq!(
            pfloat("1e400"),
            "+Inf strconv.ParseFloat: parsing \"1e400\": value out of range"
        );
        assert_eq!(pfloat("-0"), "-0 <nil>");
        assert_eq!(pfloat("inf"), "+Inf <nil>");
        assert_eq!(pfloat("NaN"), "NaN <nil>");
        assert_eq!(pfloat("1_0.5"), "10.5 <nil>");
        assert_eq!(pfloat(".5"), "0.5 <nil>");
        assert_eq!(pfloat("5."), "5 <nil>");
        assert_eq!(
            pfloat("abc"),
            "0 strconv.ParseFloat: parsing \"abc\": invalid syntax"
        );
        assert_eq!(pfloat("1e-400"), "0 <nil>");
        let mut r = IntResult {
            v: 0,
            err: NIL_ERROR,
        };
        let s = "18446744073709551615";
        parse_uint_export(&mut r, s.as_ptr(), s.len() as i64, 10, 64);
        assert_eq!((r.v as u64, r.err.tab.is_null()), (u64::MAX, true));
    }
}
