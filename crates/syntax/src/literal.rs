//! Values of literals, from their raw source text (`BasicLit::raw`).
//!
//! The lexer has already validated every literal, so these functions only
//! fail on text that did not come from the lexer; they still never panic.
//!
//! - [`unquote_string`]: interpreted or raw string → bytes (Go strings are
//!   byte strings; `"\xff"` is one byte that is not UTF-8).
//! - [`unquote_rune`]: rune literal → code point.
//! - [`int_lit`]: integer literal → base and digits (exact, any size), with
//!   [`IntLit::to_u128`] for the common case.
//! - [`float_lit`]: float literal → exact `mantissa × base^exp` parts, and
//!   [`float_value`] for the nearest `f64`.
//! - [`imag_lit`]: the float or int text of an imaginary literal.

/// Decodes a string literal (with its quotes) into its bytes.
///
/// Raw strings (`` `...` ``) have carriage returns removed, as the spec
/// says. Interpreted strings have their escapes decoded: `\xNN` and octal
/// escapes produce single bytes, `\u`/`\U` produce UTF-8.
pub fn unquote_string(raw: &str) -> Result<Vec<u8>, String> {
    if let Some(body) = raw.strip_prefix('`').and_then(|r| r.strip_suffix('`')) {
        return Ok(body.bytes().filter(|&b| b != b'\r').collect());
    }
    let body = raw
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .ok_or_else(|| format!("not a string literal: {raw}"))?;
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        match decode_escape(&mut chars, '"')? {
            Decoded::Byte(b) => out.push(b),
            Decoded::Char(c) => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    Ok(out)
}

/// Decodes a rune literal (with its quotes) into its code point.
pub fn unquote_rune(raw: &str) -> Result<u32, String> {
    let body = raw
        .strip_prefix('\'')
        .and_then(|r| r.strip_suffix('\''))
        .ok_or_else(|| format!("not a rune literal: {raw}"))?;
    let mut chars = body.char_indices().peekable();
    let value = match chars.next() {
        Some((_, '\\')) => match decode_escape(&mut chars, '\'')? {
            Decoded::Byte(b) => b as u32,
            Decoded::Char(c) => c as u32,
        },
        Some((_, c)) => c as u32,
        None => return Err("empty rune literal".into()),
    };
    if chars.next().is_some() {
        return Err("more than one character in rune literal".into());
    }
    Ok(value)
}

enum Decoded {
    /// `\xNN` or an octal escape: one byte (in a rune literal, its value).
    Byte(u8),
    Char(char),
}

fn decode_escape(
    chars: &mut std::iter::Peekable<std::str::CharIndices>,
    quote: char,
) -> Result<Decoded, String> {
    let (_, c) = chars.next().ok_or("escape sequence not terminated")?;
    let simple = match c {
        'a' => Some('\x07'),
        'b' => Some('\x08'),
        'f' => Some('\x0c'),
        'n' => Some('\n'),
        'r' => Some('\r'),
        't' => Some('\t'),
        'v' => Some('\x0b'),
        '\\' => Some('\\'),
        _ if c == quote => Some(c),
        _ => None,
    };
    if let Some(s) = simple {
        return Ok(Decoded::Char(s));
    }
    let (n, base, first) = match c {
        '0'..='7' => (2, 8, c.to_digit(8)),
        'x' => (2, 16, None),
        'u' => (4, 16, None),
        'U' => (8, 16, None),
        _ => return Err("unknown escape".into()),
    };
    let mut v = first.unwrap_or(0);
    for _ in 0..n {
        let (_, d) = chars.next().ok_or("escape sequence not terminated")?;
        let d = d.to_digit(base).ok_or("invalid escape digit")?;
        v = v * base + d;
    }
    match c {
        'x' | '0'..='7' => u8::try_from(v)
            .map(Decoded::Byte)
            .map_err(|_| "octal escape value > 255".into()),
        _ => char::from_u32(v)
            .map(Decoded::Char)
            .ok_or_else(|| "escape is invalid Unicode code point".into()),
    }
}

/// An integer literal: its base and its digits in that base (prefix and
/// `_` separators removed). Exact for any size; see [`IntLit::to_u128`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntLit {
    /// 2, 8, 10 or 16.
    pub base: u32,
    /// ASCII digits of `base` (hex digits may be either case), most
    /// significant first, never empty.
    pub digits: String,
}

impl IntLit {
    /// The value, or `None` if it does not fit in 128 bits.
    pub fn to_u128(&self) -> Option<u128> {
        let mut v: u128 = 0;
        for c in self.digits.chars() {
            let d = c.to_digit(self.base)?;
            v = v.checked_mul(self.base as u128)?.checked_add(d as u128)?;
        }
        Some(v)
    }

    /// The value as little-endian 32-bit limbs (exact, any size).
    pub fn to_limbs(&self) -> Vec<u32> {
        let mut limbs: Vec<u32> = vec![0];
        for c in self.digits.chars() {
            let d = c.to_digit(self.base).unwrap_or(0) as u64;
            let mut carry = d;
            for limb in limbs.iter_mut() {
                let x = (*limb as u64) * self.base as u64 + carry;
                *limb = x as u32;
                carry = x >> 32;
            }
            if carry != 0 {
                limbs.push(carry as u32);
            }
        }
        limbs
    }
}

/// Splits an integer literal (`42`, `0x_FF`, `0o17`, `017`, `0b1010`,
/// `1_000`) into base and digits.
pub fn int_lit(raw: &str) -> Result<IntLit, String> {
    let clean: String = raw.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (base, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, &lower[1..])
    } else {
        (10, lower.as_str())
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(base)) {
        return Err(format!("invalid integer literal {raw}"));
    }
    Ok(IntLit {
        base,
        digits: digits.to_string(),
    })
}

/// An exact floating-point literal: `mantissa × 10^exp` (decimal) or
/// `mantissa × 2^exp` (hexadecimal), with `mantissa` an integer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FloatLit {
    /// The integer mantissa (base 10 or 16 digits, radix point removed).
    pub mantissa: IntLit,
    /// Power of 10 for a decimal literal, power of 2 for a hex literal.
    pub exp: i64,
}

/// Parses a float literal (`1.5`, `.5`, `1e100`, `1_0.0_1`, `0x1p-2`,
/// `0x1.8p3`, and integer-looking text such as `08`) into exact parts.
pub fn float_lit(raw: &str) -> Result<FloatLit, String> {
    let bad = || format!("invalid float literal {raw}");
    let clean: String = raw
        .chars()
        .filter(|&c| c != '_')
        .collect::<String>()
        .to_ascii_lowercase();
    let (hex, body) = match clean.strip_prefix("0x") {
        Some(b) => (true, b),
        None => (false, clean.as_str()),
    };
    let exp_mark = if hex { 'p' } else { 'e' };
    let (mant, exp) = match body.split_once(exp_mark) {
        Some((m, e)) => (m, e.parse::<i64>().map_err(|_| bad())?),
        None => (body, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    let base = if hex { 16 } else { 10 };
    let mut digits = format!("{int_part}{frac_part}");
    if !digits.chars().all(|c| c.is_digit(base)) {
        return Err(bad());
    }
    if digits.is_empty() {
        return Err(bad());
    }
    // Strip leading zeros (keep one) so `digits` reads as a plain number.
    let trimmed = digits.trim_start_matches('0');
    digits = if trimmed.is_empty() {
        "0".into()
    } else {
        trimmed.into()
    };
    let scale = frac_part.len() as i64 * if hex { 4 } else { 1 };
    Ok(FloatLit {
        mantissa: IntLit { base, digits },
        exp: exp - scale,
    })
}

/// The `f64` nearest to a float literal's value (correctly rounded for
/// decimal literals; hex literals are exact unless they need more than 53
/// bits, in which case they are rounded through `f64` arithmetic).
pub fn float_value(raw: &str) -> Result<f64, String> {
    let f = float_lit(raw)?;
    if f.mantissa.base == 10 {
        let text = format!("{}e{}", f.mantissa.digits, f.exp);
        return text.parse::<f64>().map_err(|e| e.to_string());
    }
    let mut m = 0f64;
    for c in f.mantissa.digits.chars() {
        m = m * 16.0 + c.to_digit(16).unwrap_or(0) as f64;
    }
    let e = f.exp.clamp(-5000, 5000) as i32;
    // Scale in steps so that intermediate powers do not overflow early.
    let mut v = m;
    let mut k = e;
    while k > 0 {
        let s = k.min(1000);
        v *= 2f64.powi(s);
        k -= s;
    }
    while k < 0 {
        let s = (-k).min(1000);
        v /= 2f64.powi(s);
        k += s;
    }
    Ok(v)
}

/// The number text of an imaginary literal (`2.5i` → `2.5`, `0x1p2i` →
/// `0x1p2`). gc reads the text as a decimal or float; `0123i` is decimal
/// `123` for backward compatibility, so parse the result with
/// [`float_lit`].
pub fn imag_lit(raw: &str) -> Result<&str, String> {
    raw.strip_suffix('i')
        .ok_or_else(|| format!("invalid imaginary literal {raw}"))
}
