//! Basic literals: parsing of integer, float, imaginary, rune and
//! string literal text into constant values.

use super::constant as cst;
use super::{Checker, OpMode, Operand};
use crate::bigint::BigInt;
use crate::constant::ConstValue;
use crate::ty::BasicKind;
use syntax::ast::{Expr, LitKind};

impl<'a> Checker<'a> {
    pub(super) fn basic_lit(&mut self, e: &'a Expr, kind: LitKind, raw: &str) -> Operand<'a> {
        let (k, v) = match kind {
            LitKind::Int => (BasicKind::UntypedInt, parse_int(raw).map(ConstValue::Int)),
            LitKind::Float => (BasicKind::UntypedFloat, float_lit(raw)),
            LitKind::Imag => {
                let body = raw.strip_suffix('i').unwrap_or(raw);
                let v = imag_body(body).map(|f| ConstValue::Complex(0.0, f));
                // No untyped complex kind in the data model: an untyped
                // float whose value is complex stands for it.
                (BasicKind::UntypedFloat, v)
            }
            LitKind::Rune => (
                BasicKind::UntypedRune,
                unquote_char(raw).map(|c| ConstValue::Int(BigInt::from_u64(c as u64))),
            ),
            LitKind::String => (
                BasicKind::UntypedString,
                unquote_string(raw).map(ConstValue::String),
            ),
        };
        let Some(v) = v else {
            self.error(e.pos, format!("malformed constant: {raw}"));
            return Operand::invalid(None);
        };
        if cst::too_big(&v) {
            self.error(e.pos, "constant overflow");
            return Operand::invalid(None);
        }
        Operand {
            mode: OpMode::Constant,
            ty: self.basic(k),
            val: Some(v),
            expr: None,
        }
    }
}

// ---- literal parsing ----

fn parse_int(raw: &str) -> Option<BigInt> {
    let s = raw.replace('_', "");
    let (digits, radix) = if let Some(r) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (r.to_string(), 16)
    } else if let Some(r) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        (r.to_string(), 2)
    } else if let Some(r) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
        (r.to_string(), 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (s[1..].to_string(), 8)
    } else {
        (s.clone(), 10)
    };
    BigInt::parse_radix(&digits, radix)
}

/// The value of an imaginary literal's body: all-decimal digits are
/// decimal even with a leading 0 (Go's compatibility rule); prefixed
/// integers keep their base; anything else is a float.
fn imag_body(body: &str) -> Option<f64> {
    let digits = body.replace('_', "");
    if digits.chars().all(|c| c.is_ascii_digit()) {
        return BigInt::parse_radix(&digits, 10).map(|i| i.to_f64());
    }
    let lower = digits.to_ascii_lowercase();
    let is_int = lower.starts_with("0b")
        || lower.starts_with("0o")
        || (lower.starts_with("0x") && !lower.contains(['.', 'p']));
    if is_int {
        return parse_int(body).map(|i| i.to_f64());
    }
    parse_float(body)
}

/// An untyped float literal: exact when decimal and not huge.
fn float_lit(raw: &str) -> Option<ConstValue> {
    // go/constant keeps floats as big.Float, whose binary exponent is an
    // int32: a literal beyond it (`1e1000000000`) is malformed in gc.
    let parts = syntax::literal::float_lit(raw).ok()?;
    let digits = parts.mantissa.digits.len() as i64;
    let magnitude = if parts.mantissa.base == 16 {
        parts.exp.saturating_add(4 * digits)
    } else {
        // log2(10) < 3.33
        parts.exp.saturating_add(digits).saturating_mul(333) / 100
    };
    if parts.mantissa.digits != "0" && magnitude > i64::from(i32::MAX) {
        return None;
    }
    let is_hex = raw.starts_with("0x") || raw.starts_with("0X");
    if !is_hex && let Some(r) = crate::rat::Rat::parse_decimal(raw) {
        return Some(ConstValue::Rat(r));
    }
    if is_hex && let Some(r) = hex_float_rat(raw) {
        return Some(ConstValue::Rat(r));
    }
    parse_float(raw).map(ConstValue::Float)
}

/// A hexadecimal float's exact value, mantissa × 2^exp, while it fits a
/// `Rat` (`0x1p-1080` is no float64, but a constant it is: gc reports
/// `truncated to uint` for it as a shift count, not zero).
fn hex_float_rat(raw: &str) -> Option<crate::rat::Rat> {
    let s = raw.replace('_', "");
    let h = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X"))?;
    let (mant, exp) = match h.find(['p', 'P']) {
        Some(i) => (&h[..i], h[i + 1..].parse::<i64>().ok()?),
        None => (h, 0),
    };
    let frac_digits = mant.find('.').map_or(0, |d| mant.len() - d - 1) as i64;
    let digits: String = mant.chars().filter(|&c| c != '.').collect();
    if digits.is_empty() {
        return None;
    }
    let m = parse_int(&format!("0x{digits}"))?;
    let e = exp.checked_sub(4 * frac_digits)?;
    if e.unsigned_abs() > crate::rat::MAX_BITS as u64 {
        return None;
    }
    let pow = cst::shift(
        syntax::ast::BinaryOp::Shl,
        &BigInt::from_i64(1),
        e.unsigned_abs() as usize,
    );
    if e >= 0 {
        crate::rat::Rat::new(
            cst::shift(syntax::ast::BinaryOp::Shl, &m, e as usize),
            BigInt::from_i64(1),
        )
    } else {
        crate::rat::Rat::new(m, pow)
    }
}

fn parse_float(raw: &str) -> Option<f64> {
    let s = raw.replace('_', "");
    if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        // Hex float: mantissa hex digits with optional '.', exponent p.
        let (mant, exp) = match h.find(['p', 'P']) {
            Some(i) => (&h[..i], h[i + 1..].parse::<i32>().ok()?),
            None => (h, 0),
        };
        let mut v = 0f64;
        let mut frac_digits = 0;
        let mut seen_dot = false;
        for c in mant.chars() {
            if c == '.' {
                seen_dot = true;
                continue;
            }
            v = v * 16.0 + c.to_digit(16)? as f64;
            if seen_dot {
                frac_digits += 1;
            }
        }
        return Some(v * 2f64.powi(exp - 4 * frac_digits));
    }
    if s.chars().all(|c| c.is_ascii_digit()) {
        // An integer literal used as imaginary body (`1i`) or float.
        return parse_int(&s).map(|i| i.to_f64()).or_else(|| s.parse().ok());
    }
    s.parse::<f64>().ok()
}

/// Decodes one escape sequence starting after the backslash; returns the
/// value and whether it is a byte (`\x`, octal) rather than a code point.
fn unescape(chars: &mut std::iter::Peekable<std::str::Chars>, quote: char) -> Option<(u32, bool)> {
    let c = chars.next()?;
    let hex = |chars: &mut std::iter::Peekable<std::str::Chars>, n: usize| -> Option<u32> {
        let mut v = 0u32;
        for _ in 0..n {
            v = v * 16 + chars.next()?.to_digit(16)?;
        }
        Some(v)
    };
    Some(match c {
        'a' => (7, false),
        'b' => (8, false),
        'f' => (12, false),
        'n' => (10, false),
        'r' => (13, false),
        't' => (9, false),
        'v' => (11, false),
        '\\' => (92, false),
        '\'' if quote == '\'' => (39, false),
        '"' if quote == '"' => (34, false),
        'x' => (hex(chars, 2)?, true),
        'u' => (hex(chars, 4)?, false),
        'U' => (hex(chars, 8)?, false),
        '0'..='7' => {
            let mut v = c.to_digit(8)?;
            for _ in 0..2 {
                v = v * 8 + chars.next()?.to_digit(8)?;
            }
            (v, true)
        }
        _ => return None,
    })
}

fn unquote_char(raw: &str) -> Option<u32> {
    let inner = raw.strip_prefix('\'')?.strip_suffix('\'')?;
    let mut chars = inner.chars().peekable();
    let c = chars.next()?;
    let v = if c == '\\' {
        unescape(&mut chars, '\'')?.0
    } else {
        c as u32
    };
    chars.next().is_none().then_some(v)
}

fn unquote_string(raw: &str) -> Option<Vec<u8>> {
    if let Some(inner) = raw.strip_prefix('`').and_then(|r| r.strip_suffix('`')) {
        return Some(inner.bytes().filter(|&b| b != b'\r').collect());
    }
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = Vec::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            let (v, is_byte) = unescape(&mut chars, '"')?;
            if is_byte {
                out.push(v as u8);
            } else {
                let ch = char::from_u32(v).unwrap_or('\u{FFFD}');
                let mut buf = [0u8; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
        } else {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    pub(super) fn literals() {
        assert_eq!(parse_int("0x_1F").unwrap().to_i64(), Some(31));
        assert_eq!(parse_int("017").unwrap().to_i64(), Some(15));
        assert_eq!(parse_int("0b101").unwrap().to_i64(), Some(5));
        assert_eq!(parse_float("0x1p-2"), Some(0.25));
        assert_eq!(parse_float("1e3"), Some(1000.0));
        assert_eq!(unquote_char("'\\n'"), Some(10));
        assert_eq!(unquote_char("'世'"), Some(0x4e16));
        assert_eq!(
            unquote_string("\"a\\x41\\u00e9\"").unwrap(),
            b"aA\xc3\xa9".to_vec()
        );
        assert_eq!(unquote_string("`a\\n`").unwrap(), b"a\\n".to_vec());
    }
}
