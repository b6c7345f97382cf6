//! Constant arithmetic on [`ConstValue`]s: operators, comparison,
//! representability in a basic type, and gc's printing of values.
//!
//! Integers are exact (BigInt), untyped floats are exact rationals
//! (`Rat`) while they stay below a size limit, then f64; typed floats are
//! f64 rounded to their type. There is no untyped complex kind in the
//! data model: an untyped complex constant (`1i`, `2 + 3i`) is typed
//! `untyped float` with a `ConstValue::Complex` value, and defaults to
//! complex128 (`Checker::default_of`).

use syntax::ast::{BinaryOp, UnaryOp};

use crate::bigint::BigInt;
use crate::constant::ConstValue;
use crate::rat::Rat;
use crate::ty::BasicKind;

/// Go's `constant.Value.String()`.
pub fn const_string(v: &ConstValue) -> String {
    match v {
        ConstValue::Bool(b) => b.to_string(),
        ConstValue::Int(i) => i.to_string(),
        ConstValue::Float(f) => float_string(*f, f.fract() == 0.0),
        ConstValue::Rat(r) => float_string(r.to_f64(), r.is_int()),
        ConstValue::Complex(re, im) => format!("({} + {}i)", fmt_g6(*re), fmt_g6(*im)),
        ConstValue::String(s) => {
            let q = go_quote(s);
            if q.chars().count() > 72 {
                let cut: String = q.chars().take(69).collect();
                format!("{cut}...")
            } else {
                q
            }
        }
    }
}

/// `strconv.Quote`: invalid UTF-8 bytes as `\xff`, runes that are not
/// printable as `\u00a0` or `\U0010ffff`.
pub(crate) fn go_quote(b: &[u8]) -> String {
    let mut s = String::from("\"");
    for chunk in b.utf8_chunks() {
        for c in chunk.valid().chars() {
            escaped_rune(&mut s, c, '"');
        }
        for &x in chunk.invalid() {
            s.push_str(&format!("\\x{x:02x}"));
        }
    }
    s.push('"');
    s
}

/// `strconv.QuoteRune` (what `%q` prints for a rune): a value that is
/// no Unicode code point is U+FFFD.
pub fn quote_rune(r: i64) -> String {
    let c = u32::try_from(r)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{fffd}');
    let mut s = String::from("'");
    escaped_rune(&mut s, c, '\'');
    s.push('\'');
    s
}

/// strconv's `appendEscapedRune`.
fn escaped_rune(s: &mut String, c: char, quote: char) {
    match c {
        c if c == quote || c == '\\' => {
            s.push('\\');
            s.push(c);
        }
        '\n' => s.push_str("\\n"),
        '\t' => s.push_str("\\t"),
        '\r' => s.push_str("\\r"),
        '\x07' => s.push_str("\\a"),
        '\x08' => s.push_str("\\b"),
        '\x0c' => s.push_str("\\f"),
        '\x0b' => s.push_str("\\v"),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => s.push_str(&format!("\\x{:02x}", c as u32)),
        c if is_print(c) => s.push(c),
        c if (c as u32) < 0x10000 => s.push_str(&format!("\\u{:04x}", c as u32)),
        c => s.push_str(&format!("\\U{:08x}", c as u32)),
    }
}

/// `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and
/// the ASCII space. Rust's printable set (what `escape_debug` leaves
/// alone) is the same categories (no other spaces, controls, formats,
/// surrogates, private use or unassigned code points); a mark is left
/// alone only after another character, hence the `a`.
fn is_print(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    let s = format!("a{c}");
    s.escape_debug().to_string() == s
}

/// go/constant's float `String`: `%.6g`, or shortest `%g` when that would
/// hide that a non-integer value is not an integer (go.dev/issue/56220).
fn float_string(f: f64, is_int: bool) -> String {
    let s = fmt_g6(f);
    if is_int || s.contains('.') || !f.is_finite() {
        return s;
    }
    let e = format!("{f:e}");
    let exp: i32 = e
        .split_once('e')
        .and_then(|(_, x)| x.parse().ok())
        .unwrap_or(0);
    if !(-4..6).contains(&exp) {
        let mant = e.split_once('e').map_or(e.as_str(), |(m, _)| m);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mant}e{sign}{:02}", exp.abs())
    } else {
        format!("{f}")
    }
}

/// `fmt.Sprintf("%.6g", f)`.
pub(crate) fn fmt_g6(f: f64) -> String {
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    if !f.is_finite() {
        return if f.is_nan() {
            "NaN".into()
        } else if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let e = format!("{f:.5e}");
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let strip = |m: &str| -> String {
        if m.contains('.') {
            m.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            m.to_string()
        }
    };
    if !(-4..6).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{}{:02}", strip(mant), sign, exp.abs())
    } else {
        let prec = (5 - exp).max(0) as usize;
        strip(&format!("{f:.prec$}"))
    }
}

/// Converts an integral float (or complex with zero imaginary part) to an
/// exact integer.
pub(crate) fn to_int(v: &ConstValue) -> Option<BigInt> {
    match v {
        ConstValue::Int(i) => Some(i.clone()),
        ConstValue::Float(f) if f.is_finite() && f.fract() == 0.0 => Some(BigInt::from_f64(*f)),
        ConstValue::Rat(r) => r.to_int(),
        ConstValue::Complex(re, im) if *im == 0.0 && re.is_finite() && re.fract() == 0.0 => {
            Some(BigInt::from_f64(*re))
        }
        _ => None,
    }
}

pub(crate) fn sign(v: &ConstValue) -> i32 {
    match v {
        ConstValue::Int(i) => {
            if i.is_zero() {
                0
            } else if i.is_negative() {
                -1
            } else {
                1
            }
        }
        ConstValue::Float(f) => {
            if *f == 0.0 {
                0
            } else if *f < 0.0 {
                -1
            } else {
                1
            }
        }
        ConstValue::Complex(re, im) => (*re != 0.0 || *im != 0.0) as i32,
        ConstValue::Rat(r) => r.sign(),
        _ => 1,
    }
}

fn int_range(k: BasicKind) -> Option<(BigInt, BigInt)> {
    use BasicKind::*;
    let (signed, bits) = match k {
        Int | Int64 => (true, 64),
        Int8 => (true, 8),
        Int16 => (true, 16),
        Int32 => (true, 32),
        Uint | Uint64 | Uintptr => (false, 64),
        Uint8 => (false, 8),
        Uint16 => (false, 16),
        Uint32 => (false, 32),
        _ => return None,
    };
    let one = BigInt::from_i64(1);
    Some(if signed {
        (one.shl(bits - 1).neg(), one.shl(bits - 1).sub(&one))
    } else {
        (BigInt::zero(), one.shl(bits).sub(&one))
    })
}

/// The value `v` converted to a constant of basic kind `k`, if it is
/// representable (floats are rounded to the kind's precision).
pub(crate) fn representable(v: &ConstValue, k: BasicKind) -> Option<ConstValue> {
    use BasicKind::*;
    match k {
        _ if k.is_integer() => {
            let i = to_int(v)?;
            if matches!(k, UntypedInt | UntypedRune) {
                return Some(ConstValue::Int(i));
            }
            let (lo, hi) = int_range(k)?;
            (i >= lo && i <= hi).then_some(ConstValue::Int(i))
        }
        // An untyped complex constant (see the module doc).
        UntypedFloat if matches!(v, ConstValue::Complex(..)) => Some(v.clone()),
        UntypedFloat if !matches!(v, ConstValue::Float(_)) => match v {
            ConstValue::Int(i) => Some(
                Rat::new(i.clone(), BigInt::from_i64(1))
                    .map_or_else(|| ConstValue::Float(i.to_f64()), ConstValue::Rat),
            ),
            ConstValue::Rat(_) => Some(v.clone()),
            _ => None,
        },
        Float32 | Float64 | UntypedFloat => {
            let f = match v {
                // Round once from the exact value (no double rounding).
                ConstValue::Rat(r) if k == Float32 => r.to_f32() as f64,
                ConstValue::Rat(r) => r.to_f64(),
                ConstValue::Int(i) => i.to_f64(),
                ConstValue::Float(f) => *f,
                ConstValue::Complex(re, 0.0) => *re,
                _ => return None,
            };
            let f = if k == Float32 { f as f32 as f64 } else { f };
            f.is_finite().then_some(ConstValue::Float(f))
        }
        Complex64 | Complex128 => {
            let (re, im) = match v {
                ConstValue::Int(_)
                | ConstValue::Float(_)
                | ConstValue::Rat(_)
                | ConstValue::Complex(..) => v.to_complex(),
                _ => return None,
            };
            let (re, im) = if k == Complex64 {
                (re as f32 as f64, im as f32 as f64)
            } else {
                (re, im)
            };
            (re.is_finite() && im.is_finite()).then_some(ConstValue::Complex(re, im))
        }
        String | UntypedString => matches!(v, ConstValue::String(_)).then(|| v.clone()),
        Bool | UntypedBool => matches!(v, ConstValue::Bool(_)).then(|| v.clone()),
        _ => None,
    }
}

/// An exact rational for an integer or rational (or finite float).
pub(crate) fn to_rat(v: &ConstValue) -> Option<Rat> {
    match v {
        ConstValue::Int(i) => Some(Rat::from_int(i.clone())),
        ConstValue::Rat(r) => Some(r.clone()),
        ConstValue::Float(f) => Rat::from_f64(*f),
        _ => None,
    }
}

/// Brings two numeric constants to a common representation.
fn match_kinds(a: &ConstValue, b: &ConstValue) -> (ConstValue, ConstValue) {
    use ConstValue::*;
    match (a, b) {
        (Complex(..), _) | (_, Complex(..)) => {
            let (ar, ai) = a.to_complex();
            let (br, bi) = b.to_complex();
            (Complex(ar, ai), Complex(br, bi))
        }
        (Float(_), _) | (_, Float(_)) => (Float(a.to_f64()), Float(b.to_f64())),
        (Rat(_), _) | (_, Rat(_)) => match (to_rat(a), to_rat(b)) {
            (Some(x), Some(y)) => (Rat(x), Rat(y)),
            _ => (Float(a.to_f64()), Float(b.to_f64())),
        },
        _ => (a.clone(), b.clone()),
    }
}

/// `a op b` for non-shift, non-comparison operators. `int_div` selects
/// truncated integer division for `/` (both operands of integer type).
/// `None` for a zero divisor or a mismatch of kinds.
pub(crate) fn binary(
    op: BinaryOp,
    a: &ConstValue,
    b: &ConstValue,
    int_div: bool,
) -> Option<ConstValue> {
    use ConstValue::*;
    if let (Bool(x), Bool(y)) = (a, b) {
        return match op {
            BinaryOp::AndAnd => Some(Bool(*x && *y)),
            BinaryOp::OrOr => Some(Bool(*x || *y)),
            _ => None,
        };
    }
    if let (String(x), String(y)) = (a, b) {
        return (op == BinaryOp::Add).then(|| {
            let mut s = x.clone();
            s.extend_from_slice(y);
            String(s)
        });
    }
    // Integer division of integral values.
    if int_div && op == BinaryOp::Div {
        let (x, y) = (to_int(a)?, to_int(b)?);
        return Some(Int(x.div_rem(&y)?.0));
    }
    let (a, b) = match_kinds(a, b);
    match (&a, &b) {
        (Int(x), Int(y)) => Some(Int(match op {
            BinaryOp::Add => x.add(y),
            BinaryOp::Sub => x.sub(y),
            BinaryOp::Mul => x.mul(y),
            BinaryOp::Div => {
                // untyped int / untyped int is exact integer division;
                // callers choose int_div, this is the float quotient case.
                if y.is_zero() {
                    return None;
                }
                let (a, b) = (
                    crate::rat::Rat::from_int(x.clone()),
                    crate::rat::Rat::from_int(y.clone()),
                );
                return Some(
                    a.div(&b)
                        .map_or_else(|| Float(x.to_f64() / y.to_f64()), Rat),
                );
            }
            BinaryOp::Rem => x.div_rem(y)?.1,
            BinaryOp::And => x.and(y),
            BinaryOp::Or => x.or(y),
            BinaryOp::Xor => x.xor(y),
            BinaryOp::AndNot => x.and_not(y),
            _ => return None,
        })),
        (Rat(x), Rat(y)) => {
            let r = match op {
                BinaryOp::Add => x.add(y),
                BinaryOp::Sub => x.sub(y),
                BinaryOp::Mul => x.mul(y),
                BinaryOp::Div => {
                    if y.sign() == 0 {
                        return None;
                    }
                    x.div(y)
                }
                _ => return None,
            };
            // Too large for exact arithmetic: continue in f64.
            match r {
                Some(r) => Some(Rat(r)),
                None => binary(op, &Float(x.to_f64()), &Float(y.to_f64()), false),
            }
        }
        (Float(x), Float(y)) => Some(Float(match op {
            BinaryOp::Add => x + y,
            BinaryOp::Sub => x - y,
            BinaryOp::Mul => x * y,
            BinaryOp::Div => {
                if *y == 0.0 {
                    return None;
                }
                x / y
            }
            _ => return None,
        })),
        (Complex(ar, ai), Complex(br, bi)) => {
            let (ar, ai, br, bi) = (*ar, *ai, *br, *bi);
            Some(match op {
                BinaryOp::Add => Complex(ar + br, ai + bi),
                BinaryOp::Sub => Complex(ar - br, ai - bi),
                BinaryOp::Mul => Complex(ar * br - ai * bi, ar * bi + ai * br),
                BinaryOp::Div => {
                    let d = br * br + bi * bi;
                    if d == 0.0 {
                        return None;
                    }
                    Complex((ar * br + ai * bi) / d, (ai * br - ar * bi) / d)
                }
                _ => return None,
            })
        }
        _ => None,
    }
}

pub(crate) fn shift(op: BinaryOp, x: &BigInt, s: usize) -> BigInt {
    if op == BinaryOp::Shl {
        x.shl(s)
    } else {
        x.shr(s)
    }
}

/// Unary operator on a constant of basic kind `k`; `None` if undefined.
pub(crate) fn unary(op: UnaryOp, v: &ConstValue, k: BasicKind) -> Option<ConstValue> {
    use ConstValue::*;
    match (op, v) {
        (UnaryOp::Pos, Int(_) | Float(_) | Rat(_) | Complex(..)) => Some(v.clone()),
        (UnaryOp::Neg, Rat(r)) => Some(Rat(r.neg())),
        (UnaryOp::Neg, Int(i)) => Some(Int(i.neg())),
        (UnaryOp::Neg, Float(f)) => Some(Float(-f)),
        (UnaryOp::Neg, Complex(re, im)) => Some(Complex(-re, -im)),
        (UnaryOp::Not, Bool(b)) => Some(Bool(!b)),
        (UnaryOp::BitNot, Int(i)) => {
            if k.is_unsigned() {
                // ^x for unsigned types flips the bits of the type's width.
                let mask = BigInt::from_i64(1)
                    .shl((k.size() * 8) as usize)
                    .sub(&BigInt::from_i64(1));
                Some(Int(i.xor(&mask)))
            } else {
                Some(Int(i.not()))
            }
        }
        _ => None,
    }
}

pub(crate) fn compare(op: BinaryOp, a: &ConstValue, b: &ConstValue) -> bool {
    use ConstValue::*;
    use std::cmp::Ordering;
    let ord: Option<Ordering> = match (a, b) {
        (Bool(x), Bool(y)) => Some(x.cmp(y)),
        (String(x), String(y)) => Some(x.cmp(y)),
        _ => match match_kinds(a, b) {
            (Int(x), Int(y)) => Some(x.cmp(&y)),
            (Float(x), Float(y)) => x.partial_cmp(&y),
            (Rat(x), Rat(y)) => Some(x.cmp(&y)),
            (Complex(ar, ai), Complex(br, bi)) => {
                let eq = ar == br && ai == bi;
                return match op {
                    BinaryOp::Eq => eq,
                    BinaryOp::Ne => !eq,
                    _ => false,
                };
            }
            _ => None,
        },
    };
    let Some(o) = ord else {
        return op == BinaryOp::Ne;
    };
    match op {
        BinaryOp::Eq => o == Ordering::Equal,
        BinaryOp::Ne => o != Ordering::Equal,
        BinaryOp::Lt => o == Ordering::Less,
        BinaryOp::Le => o != Ordering::Greater,
        BinaryOp::Gt => o == Ordering::Greater,
        BinaryOp::Ge => o != Ordering::Less,
        _ => false,
    }
}

/// Whether `v` is an integer constant wider than 512 bits (gc's limit).
pub(crate) fn too_big(v: &ConstValue) -> bool {
    matches!(v, ConstValue::Int(i) if i.bit_len() > 512)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn g6() {
        assert_eq!(fmt_g6(2.5), "2.5");
        assert_eq!(fmt_g6(1e100), "1e+100");
        assert_eq!(fmt_g6(0.1), "0.1");
        assert_eq!(fmt_g6(123456789.0), "1.23457e+08");
        assert_eq!(fmt_g6(100000.0), "100000");
        assert_eq!(fmt_g6(0.0001), "0.0001");
        assert_eq!(fmt_g6(0.00001), "1e-05");
    }
}
