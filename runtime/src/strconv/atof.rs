//! strconv.ParseFloat's reading of a float literal: decimal forms (through
//! Rust's correctly rounded parser), `inf`/`infinity`/`nan`, underscores
//! after a base prefix, and hexadecimal floats (`0x1.8p-2`), which gc
//! accepts and Rust does not.

use super::parse::{Fail, underscores_ok};

/// Parses `s` as a float of `bits` (32 or 64) bits, as gc's ParseFloat.
/// On failure the value is what gc returns with the error (±Inf for a
/// range error).
pub fn parse_float(s: &[u8], bits: i64) -> Result<f64, (f64, Fail)> {
    if s.contains(&b'_') && !underscores_ok(s) {
        return Err((0.0, Fail::Syntax));
    }
    let (neg, body) = match s.first() {
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    let signed = body.len() != s.len();
    if body.len() > 2 && body[0] == b'0' && body[1] | 0x20 == b'x' {
        let sign = |v: f64| if neg { -v } else { v };
        return parse_hex(&body[2..], bits == 32)
            .map(sign)
            .map_err(|(v, f)| (sign(v), f));
    }
    let lower = body.to_ascii_lowercase();
    match lower.as_slice() {
        b"inf" | b"infinity" => {
            return Ok(if neg {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            });
        }
        // gc takes no sign before NaN.
        b"nan" if !signed => return Ok(f64::NAN),
        _ => {}
    }
    // Rust accepts a few spellings gc does not; only plain decimal forms
    // (underscores, checked above, removed) reach its parser.
    let text: String = s
        .iter()
        .filter(|&&c| c != b'_')
        .map(|&c| char::from(c))
        .collect();
    if !text
        .bytes()
        .all(|c| c.is_ascii_digit() || b"+-.eE".contains(&c))
    {
        return Err((0.0, Fail::Syntax));
    }
    let v = if bits == 32 {
        text.parse::<f32>().map(f64::from)
    } else {
        text.parse::<f64>()
    }
    .map_err(|_| (0.0, Fail::Syntax))?;
    if v.is_infinite() {
        return Err((v, Fail::Range));
    }
    Ok(v)
}

/// The digits of a hexadecimal float after `0x`: a mantissa of hex digits
/// with an optional point, then a mandatory binary exponent `p±N`.
fn parse_hex(s: &[u8], single: bool) -> Result<f64, (f64, Fail)> {
    const SYNTAX: (f64, Fail) = (0.0, Fail::Syntax);
    let mut mant: u64 = 0;
    // value = mant * 2^exp (+ a nonzero remainder below mant when sticky)
    let mut exp: i64 = 0;
    let mut sticky = false;
    let (mut digits, mut seen_point) = (0, false);
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        let d = match c {
            b'_' => {
                i += 1;
                continue;
            }
            b'.' if !seen_point => {
                seen_point = true;
                i += 1;
                continue;
            }
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            _ => break,
        };
        digits += 1;
        if mant >> 60 == 0 {
            mant = mant << 4 | u64::from(d);
            if seen_point {
                exp -= 4;
            }
        } else {
            // No room: the digit only matters as a nonzero tail.
            sticky |= d != 0;
            if !seen_point {
                exp += 4;
            }
        }
        i += 1;
    }
    if digits == 0 || i >= s.len() || s[i] | 0x20 != b'p' {
        return Err(SYNTAX);
    }
    i += 1;
    let eneg = match s.get(i) {
        Some(b'+') => {
            i += 1;
            false
        }
        Some(b'-') => {
            i += 1;
            true
        }
        _ => false,
    };
    if i >= s.len() {
        return Err(SYNTAX);
    }
    let mut e: i64 = 0;
    for &c in &s[i..] {
        match c {
            b'0'..=b'9' => e = (e * 10 + i64::from(c - b'0')).min(1 << 20),
            b'_' => {}
            _ => return Err(SYNTAX),
        }
    }
    exp += if eneg { -e } else { e };
    round_binary(mant, exp, sticky, single)
}

/// `mant * 2^exp` (plus a nonzero tail below `mant` when `sticky`) rounded
/// to the nearest float64, or float32 when `single` (ties to even), with
/// gc's range error on overflow.
fn round_binary(mant: u64, exp: i64, sticky: bool, single: bool) -> Result<f64, (f64, Fail)> {
    if mant == 0 {
        return Ok(0.0);
    }
    // Precision and exponent range of the target format.
    let (prec, emin, emax): (i64, i64, i64) = if single {
        (24, -126, 127)
    } else {
        (53, -1022, 1023)
    };
    let lz = i64::from(mant.leading_zeros());
    let m = u128::from(mant) << lz; // leading one at bit 63
    let top = exp - lz + 63; // exponent of the leading bit
    // Bits kept: fewer below the normal range (subnormals).
    let keep = if top < emin {
        prec - (emin - top)
    } else {
        prec
    };
    if keep < 0 {
        // Below half the smallest subnormal.
        return Ok(0.0);
    }
    let drop = 64 - keep; // 11..=64 for doubles, more when subnormal
    let kept = m >> drop;
    let rem = m & ((1u128 << drop) - 1);
    let half = 1u128 << (drop - 1);
    let up = rem > half || (rem == half && (sticky || kept & 1 == 1));
    let kept = kept + u128::from(up);
    // The value is kept * 2^(top - keep + 1), exact in the target format
    // unless it overflows.
    let mut scale = top - keep + 1;
    let mut k = kept as u64;
    if k >> prec != 0 {
        // Rounding carried into a new leading bit.
        k >>= 1;
        scale += 1;
    }
    let lead = scale + 63 - i64::from(k.leading_zeros());
    if lead > emax {
        return Err((f64::INFINITY, Fail::Range));
    }
    Ok(scale2(k as f64, scale))
}

/// `x * 2^k` for a result that is exactly representable (possibly
/// subnormal): scaled in steps so no step leaves the double range.
fn scale2(mut x: f64, mut k: i64) -> f64 {
    while k > 1000 {
        x *= f64::from_bits(((1000 + 1023) as u64) << 52);
        k -= 1000;
    }
    while k < -1000 {
        x *= f64::from_bits(((-1000 + 1023) as u64) << 52);
        k += 1000;
    }
    x * f64::from_bits(((k + 1023) as u64) << 52)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str, bits: i64) -> String {
        match parse_float(s.as_bytes(), bits) {
            Ok(v) if bits == 32 => format!("{:?}", v as f32),
            Ok(v) => format!("{v:?}"),
            Err((v, f)) => format!("{v:?} {f:?}"),
        }
    }

    // Expected values printed by go1.26.8 (strconv.ParseFloat).
    #[test]
    fn hex_floats() {
        assert_eq!(p("0x1p-2", 64), "0.25");
        assert_eq!(p("0x1.8p1", 64), "3.0");
        assert_eq!(p("-0X1P+2", 64), "-4.0");
        assert_eq!(p("0x.8p0", 64), "0.5");
        assert_eq!(p("0x1_0p0", 64), "16.0");
        assert_eq!(p("0x1", 64), "0.0 Syntax");
        assert_eq!(p("0xp1", 64), "0.0 Syntax");
        assert_eq!(p("0x1p", 64), "0.0 Syntax");
        assert_eq!(p("0x1p1024", 64), "inf Range");
        assert_eq!(p("-0x1p1024", 64), "-inf Range");
        assert_eq!(p("0x1.fffffffffffffp1023", 64), "1.7976931348623157e308");
        assert_eq!(p("0x1.fffffffffffff8p1023", 64), "inf Range");
        assert_eq!(p("0x1p-1074", 64), "5e-324");
        assert_eq!(p("0x1p-1075", 64), "0.0");
        assert_eq!(p("0x1.0000000000001p-1075", 64), "5e-324");
        assert_eq!(p("0x1.00000000000008p0", 64), "1.0");
        assert_eq!(p("0x1.00000000000018p0", 64), "1.0000000000000004");
        assert_eq!(p("0x1.000000000000080000001p0", 64), "1.0000000000000002");
        assert_eq!(p("0x1p-149", 32), "1e-45");
        assert_eq!(p("0x1p128", 32), "inf Range");
        assert_eq!(p("0x1.fffffep127", 32), "3.4028235e38");
        assert_eq!(p("-nan", 64), "0.0 Syntax");
        assert_eq!(p("+Inf", 64), "inf");
        assert_eq!(p("1_0.5", 64), "10.5");
        assert_eq!(p("1__0", 64), "0.0 Syntax");
    }
}
