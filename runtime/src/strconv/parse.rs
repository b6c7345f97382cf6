//! strconv's parsing: the helpers behind Atoi, ParseInt, ParseUint,
//! ParseBool and ParseFloat. They return the value and a failure code;
//! the Go side (crates/gocc/std/strconv.go) builds gc's `*NumError` from
//! the code, so `*strconv.NumError` is a type the compiler knows (type
//! assertions, errors.As).

use crate::errors::{ERROR_STRING_ITAB, ErrorRec, ErrorValue};
use crate::types::{Eface, GoString};
use crate::util::Racy;
use core::ptr;

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

/// Why a parse failed; strconv.go turns it into a `*NumError`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Fail {
    Syntax,
    Range,
    Base(i64),
    BitSize(i64),
}

/// Underscores may only separate digits (or follow a base prefix).
pub(super) fn underscores_ok(s: &[u8]) -> bool {
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

/// The failure code the Go side (crates/gocc/std/strconv.go, `numError`)
/// maps to the `Err` of a `*NumError`: 0 none, 1 ErrSyntax, 2 ErrRange,
/// 3 `invalid base N`, 4 `invalid bit size N` (N is the caller's
/// argument).
fn code(f: Fail) -> i64 {
    match f {
        Fail::Syntax => 1,
        Fail::Range => 2,
        Fail::Base(_) => 3,
        Fail::BitSize(_) => 4,
    }
}

/// `(value, failure code)`: two words back in rax:rdx.
#[repr(C)]
pub struct IntCode {
    pub v: i64,
    pub code: i64,
}

fn int_code(r: Result<i64, (i64, Fail)>) -> IntCode {
    match r {
        Ok(v) => IntCode { v, code: 0 },
        Err((v, f)) => IntCode { v, code: code(f) },
    }
}

/// `strconv.rtParseInt(s string, base, bitSize int) (int64, int)`: the
/// value ParseInt (and Atoi, with base 10 and bitSize 0) returns, and the
/// failure code.
#[unsafe(export_name = "strconv.rtParseInt")]
pub extern "C" fn rt_parse_int(p: *const u8, n: i64, base: i64, bits: i64) -> IntCode {
    int_code(parse_int(bytes(p, n), base, bits))
}

/// `strconv.rtParseUint(s string, base, bitSize int) (uint64, int)`.
#[unsafe(export_name = "strconv.rtParseUint")]
pub extern "C" fn rt_parse_uint(p: *const u8, n: i64, base: i64, bits: i64) -> IntCode {
    int_code(
        parse_uint(bytes(p, n), base, bits)
            .map(|v| v as i64)
            .map_err(|(v, f)| (v as i64, f)),
    )
}

/// `strconv.rtParseBool(str string) (bool, int)`.
#[unsafe(export_name = "strconv.rtParseBool")]
pub extern "C" fn rt_parse_bool(p: *const u8, n: i64) -> IntCode {
    int_code(match bytes(p, n) {
        b"1" | b"t" | b"T" | b"TRUE" | b"true" | b"True" => Ok(1),
        b"0" | b"f" | b"F" | b"FALSE" | b"false" | b"False" => Ok(0),
        _ => Err((0, Fail::Syntax)),
    })
}

/// `(float64, int)`, returned through the caller's buffer (a float and an
/// integer result).
#[repr(C)]
pub struct FloatCode {
    pub v: f64,
    pub code: i64,
}

/// `strconv.rtParseFloat(s string, bitSize int) (float64, int)`.
#[unsafe(export_name = "strconv.rtParseFloat")]
pub extern "C" fn rt_parse_float(out: *mut FloatCode, p: *const u8, n: i64, bits: i64) {
    let res = match super::atof::parse_float(bytes(p, n), bits) {
        Ok(v) => FloatCode { v, code: 0 },
        Err((v, f)) => FloatCode { v, code: code(f) },
    };
    // SAFETY: the caller's result buffer.
    unsafe { *out = res };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(s: &str, base: i64, bits: i64) -> (i64, i64) {
        let r = rt_parse_int(s.as_ptr(), s.len() as i64, base, bits);
        (r.v, r.code)
    }

    fn float(s: &str) -> (String, i64) {
        let mut r = FloatCode { v: 0.0, code: 0 };
        rt_parse_float(&mut r, s.as_ptr(), s.len() as i64, 64);
        let mut v = Vec::new();
        crate::print::push_float64(&mut v, r.v);
        (String::from_utf8(v).unwrap(), r.code)
    }

    // Expected values printed by go1.26.8 (value; the error's reason).
    #[test]
    fn matches_gc() {
        assert_eq!(int("42", 10, 0), (42, 0));
        assert_eq!(int("+5", 10, 0), (5, 0));
        assert_eq!(int("", 10, 0), (0, 1));
        assert_eq!(int("99999999999999999999", 10, 0), (i64::MAX, 2));
        assert_eq!(int("0x1f", 10, 0), (0, 1));
        assert_eq!(int("1_000", 10, 0), (0, 1));
        assert_eq!(int("-9223372036854775808", 10, 0), (i64::MIN, 0));
        assert_eq!(int("ff", 16, 64), (255, 0));
        assert_eq!(int("0x1f", 0, 64), (31, 0));
        assert_eq!(int("0b101", 0, 8), (5, 0));
        assert_eq!(int("017", 0, 64), (15, 0));
        assert_eq!(int("1_000", 0, 64), (1000, 0));
        assert_eq!(int("300", 10, 8), (127, 2));
        assert_eq!(int("-129", 10, 8), (-128, 2));
        assert_eq!(int("z", 36, 64), (35, 0));
        assert_eq!(int("12", 1, 64), (0, 3));
        assert_eq!(int("12", 10, 65), (0, 4));
        let b = |s: &str| {
            let r = rt_parse_bool(s.as_ptr(), s.len() as i64);
            (r.v, r.code)
        };
        assert_eq!(b("TRUE"), (1, 0));
        assert_eq!(b("yes"), (0, 1));
        assert_eq!(float("3.14"), ("3.14".into(), 0));
        assert_eq!(float("1e400"), ("+Inf".into(), 2));
        assert_eq!(float("-0"), ("-0".into(), 0));
        assert_eq!(float("inf"), ("+Inf".into(), 0));
        assert_eq!(float("NaN"), ("NaN".into(), 0));
        assert_eq!(float("1_0.5"), ("10.5".into(), 0));
        assert_eq!(float(".5"), ("0.5".into(), 0));
        assert_eq!(float("5."), ("5".into(), 0));
        assert_eq!(float("abc"), ("0".into(), 1));
        assert_eq!(float("1e-400"), ("0".into(), 0));
        assert_eq!(float("0x1p-2"), ("0.25".into(), 0));
        let s = "18446744073709551615";
        let r = rt_parse_uint(s.as_ptr(), s.len() as i64, 10, 64);
        assert_eq!((r.v as u64, r.code), (u64::MAX, 0));
    }
}
