//! strconv.FormatFloat for the 'e', 'E', 'f', 'g' and 'G' formats.
//!
//! Digit generation is delegated to Rust's float formatting, which is exact:
//! `{:e}` yields the shortest digits that round-trip (what strconv's
//! shortest mode computes) and `{:.N}` / `{:.Ne}` round the exact binary
//! value half-to-even (what strconv's fixed-precision mode computes). The
//! layout of those digits follows strconv.

use std::fmt::Write as _;

/// Bytes kept inline up to a small size (float digits almost always fit),
/// spilling to the heap beyond: formatting a float allocates nothing in
/// the common case.
struct SmallBuf {
    inline: [u8; 40],
    len: usize,
    heap: Vec<u8>,
}

impl SmallBuf {
    fn new() -> SmallBuf {
        SmallBuf {
            inline: [0; 40],
            len: 0,
            heap: Vec::new(),
        }
    }

    fn extend(&mut self, b: &[u8]) {
        if self.heap.is_empty() && self.len + b.len() <= self.inline.len() {
            self.inline[self.len..self.len + b.len()].copy_from_slice(b);
            self.len += b.len();
            return;
        }
        if self.heap.is_empty() {
            self.heap.extend_from_slice(&self.inline[..self.len]);
        }
        self.heap.extend_from_slice(b);
    }

    fn as_slice(&self) -> &[u8] {
        if self.heap.is_empty() {
            &self.inline[..self.len]
        } else {
            &self.heap
        }
    }
}

impl std::fmt::Write for SmallBuf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.extend(s.as_bytes());
        Ok(())
    }
}

/// Decimal digits `0.d[0]d[1]... × 10^dp`; no leading or trailing zeros;
/// zero is `nd == 0`.
struct Digits {
    buf: SmallBuf,
    start: usize,
    end: usize,
    dp: i32,
}

impl Digits {
    fn zero() -> Digits {
        Digits {
            buf: SmallBuf::new(),
            start: 0,
            end: 0,
            dp: 0,
        }
    }

    fn d(&self) -> &[u8] {
        &self.buf.as_slice()[self.start..self.end]
    }

    fn nd(&self) -> i32 {
        (self.end - self.start) as i32
    }

    /// Keeps the digits of `s` (Rust's float output), trimming leading and
    /// trailing zeros; `int_digits` is the position of the decimal point
    /// relative to the first character digit.
    fn from_digits(s: &[u8], int_digits: i32) -> Digits {
        // `s` is digits with at most one '.' (Rust's float output).
        let mut buf = SmallBuf::new();
        for part in s.split(|&c| c == b'.') {
            buf.extend(part);
        }
        let all = buf.as_slice();
        let lead = all.iter().take_while(|&&c| c == b'0').count();
        if lead == all.len() {
            return Digits::zero();
        }
        let mut end = all.len();
        while all[end - 1] == b'0' {
            end -= 1;
        }
        Digits {
            buf,
            start: lead,
            end,
            dp: int_digits - lead as i32,
        }
    }

    /// Parses Rust's `{:e}` output `d.ddde±x` for a non-negative value.
    fn from_exp(s: &[u8]) -> Digits {
        let e = s.iter().position(|&c| c == b'e').unwrap_or(s.len());
        let exp = std::str::from_utf8(s.get(e + 1..).unwrap_or(b""))
            .ok()
            .and_then(|x| x.parse::<i32>().ok())
            .unwrap_or(0);
        Digits::from_digits(&s[..e], exp + 1)
    }

    /// Parses Rust's `{:.N}` output `ddd.ddd` for a non-negative value.
    fn from_fixed(s: &[u8]) -> Digits {
        let int_len = s.iter().position(|&c| c == b'.').unwrap_or(s.len()) as i32;
        Digits::from_digits(s, int_len)
    }
}

/// Appends strconv.FormatFloat(v, fmt, prec, bits) to `out`. `bits` is 32
/// when `v` holds a float32 value (shortest digits are then those of the
/// float32).
pub fn format_float(out: &mut Vec<u8>, v: f64, fmt: u8, prec: i32, bits: u32) {
    // As strconv does, round to float32 first: a float64 beyond float32's
    // range is then an infinity like any other, whatever the verb.
    let v = if bits == 32 { v as f32 as f64 } else { v };
    if v.is_nan() {
        out.extend_from_slice(b"NaN");
        return;
    }
    if v.is_infinite() {
        out.extend_from_slice(if v > 0.0 { b"+Inf" } else { b"-Inf" });
        return;
    }
    if matches!(fmt, b'b' | b'x' | b'X') {
        let (neg, mant, exp, mantbits) = decompose(v, bits);
        if fmt == b'b' {
            fmt_b(out, neg, mant, exp - mantbits as i32);
        } else {
            fmt_x(out, prec, fmt, neg, mant, exp, mantbits);
        }
        return;
    }
    let neg = v.is_sign_negative();
    let a = v.abs();
    let shortest = prec < 0;
    let mut prec = prec;
    let mut s = SmallBuf::new();
    let digs = if a == 0.0 {
        Digits::zero()
    } else if shortest {
        if bits == 32 {
            let _ = write!(s, "{:e}", a as f32);
        } else {
            let _ = write!(s, "{a:e}");
        }
        let digs = Digits::from_exp(s.as_slice());
        let digs = gc_tie_break(&digs, a, bits).unwrap_or(digs);
        prec = match fmt {
            b'e' | b'E' => (digs.nd() - 1).max(0),
            b'f' => (digs.nd() - digs.dp).max(0),
            _ => digs.nd(),
        };
        digs
    } else if let Some(digs) = fixed_from_shortest(a, fmt, &mut prec) {
        digs
    } else {
        match fmt {
            b'e' | b'E' => {
                let _ = write!(s, "{:.*e}", prec as usize, a);
                Digits::from_exp(s.as_slice())
            }
            b'f' => {
                let _ = write!(s, "{:.*}", prec as usize, a);
                Digits::from_fixed(s.as_slice())
            }
            b'g' | b'G' => {
                if prec == 0 {
                    prec = 1;
                }
                let _ = write!(s, "{:.*e}", (prec - 1) as usize, a);
                Digits::from_exp(s.as_slice())
            }
            _ => Digits::zero(),
        }
    };
    format_digits(out, shortest, neg, &digs, prec, fmt);
}

/// strconv's shortest digits (Dragonbox, internal/strconv/ftoadbox.go) are,
/// of the shortest strings that read back as the float, the closest to its
/// exact value; of two equally close ones, the one with the even last
/// digit, except for a power of two (the asymmetric interval case), where
/// the upper one wins (the even one again at binary exponent -77). Rust's
/// shortest formatting breaks such ties otherwise: float32 2999999.25 is
/// 2.9999992e+06 in Go and 2.9999993e+06 in Rust. Returns gc's digits
/// when `a` (a float of `bits` bits) is exactly halfway between two
/// candidates of `digs`'s length and Rust picked the other one. A tie
/// needs an exact value of one more digit ending in 5, which only short
/// binary fractions have, so most floats are ruled out at once.
fn gc_tie_break(digs: &Digits, a: f64, bits: u32) -> Option<Digits> {
    let (_, mant, exp, mantbits) = decompose(a, bits);
    if mant == 0 {
        return None;
    }
    let tz = mant.trailing_zeros();
    let m = (mant >> tz) as u128;
    let e2 = exp - mantbits as i32 + tz as i32;
    // The exact value is n / 10^frac.
    let (n, frac) = if e2 >= 0 {
        if e2 > 70 {
            return None;
        }
        (m << e2, 0)
    } else {
        // m < 2^53 and 5^31 < 2^72: the product fits.
        if -e2 > 31 {
            return None;
        }
        (m * 5u128.pow((-e2) as u32), -e2)
    };
    let mut exact = [0u8; 40];
    let mut len = 0;
    let mut x = n;
    while x > 0 {
        exact[len] = b'0' + (x % 10) as u8;
        x /= 10;
        len += 1;
    }
    exact[..len].reverse();
    let sig = len
        - exact[..len]
            .iter()
            .rev()
            .take_while(|&&c| c == b'0')
            .count();
    let nd = digs.nd() as usize;
    if nd == 0 || sig != nd + 1 || exact[sig - 1] != b'5' {
        return None;
    }
    // The two candidates: the first nd digits, and one more in the last.
    let mut cand = [0u8; 41];
    cand[1..=nd].copy_from_slice(&exact[..nd]);
    let int_digits = len as i32 - frac;
    let power_of_two_up = mant == 1u64 << mantbits && exp - mantbits as i32 != -77;
    let want_lower = !power_of_two_up && (cand[nd] - b'0').is_multiple_of(2);
    let lower_is_rusts = digs.d() == &cand[1..=nd];
    if want_lower {
        return (!lower_is_rusts).then(|| Digits::from_digits(&cand[1..=nd], int_digits));
    }
    if !lower_is_rusts {
        return None;
    }
    let mut i = nd;
    loop {
        if cand[i] == b'9' {
            cand[i] = b'0';
            i -= 1;
        } else {
            cand[i] += 1;
            break;
        }
    }
    Some(if i == 0 {
        cand[0] = b'1';
        Digits::from_digits(&cand[..=nd], int_digits + 1)
    } else {
        Digits::from_digits(&cand[1..=nd], int_digits)
    })
}

/// Splits a finite float into sign, mantissa (with the implicit bit) and
/// binary exponent, as strconv does, for the float32 or float64 layout.
fn decompose(v: f64, bits: u32) -> (bool, u64, i32, u32) {
    let (raw, mantbits, expbits, bias) = if bits == 32 {
        ((v as f32).to_bits() as u64, 23u32, 8u32, -127i32)
    } else {
        (v.to_bits(), 52, 11, -1023)
    };
    let neg = raw >> (expbits + mantbits) != 0;
    let mut exp = ((raw >> mantbits) & ((1 << expbits) - 1)) as i32;
    let mut mant = raw & ((1u64 << mantbits) - 1);
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1 << mantbits;
    }
    (neg, mant, exp + bias, mantbits)
}

/// %b: `-ddddp±ddd` (decimal mantissa, binary exponent).
fn fmt_b(out: &mut Vec<u8>, neg: bool, mant: u64, exp: i32) {
    if neg {
        out.push(b'-');
    }
    crate::util::push_uint(out, mant);
    out.push(b'p');
    if exp >= 0 {
        out.push(b'+');
    }
    crate::util::push_int(out, exp as i64);
}

/// %x: `-0x1.yyyyp±dd` (hex mantissa, binary exponent).
fn fmt_x(out: &mut Vec<u8>, prec: i32, fmt: u8, neg: bool, mant: u64, exp: i32, mantbits: u32) {
    let mut exp = if mant == 0 { 0 } else { exp };
    // Put the leading 1 (if any) at bit 60.
    let mut mant = mant << (60 - mantbits);
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(&[b'0', fmt, b'0' + ((mant >> 60) & 1) as u8]);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        out.push(b'.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push(b'.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    out.push(if fmt == b'X' { b'P' } else { b'p' });
    out.push(if exp < 0 { b'-' } else { b'+' });
    let e = exp.unsigned_abs();
    let mut d = Vec::new();
    crate::util::push_uint(&mut d, e as u64);
    if e < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(&d);
}

/// Whether the spacing of doubles around `a` (its ULP) is at most 10^k.
fn ulp_at_most_pow10(a: f64, k: i32) -> bool {
    let biased = ((a.to_bits() >> 52) & 0x7ff) as i32;
    let u = if biased == 0 { -1074 } else { biased - 1075 }; // ULP = 2^u
    if k == 0 {
        return u <= 0;
    }
    // 2^u <= 10^k  <=>  u <= k*log2(10); k*log2(10) is never within 1e-3
    // of an integer for the exponents floats have, so f64 suffices.
    (u as f64) < k as f64 * core::f64::consts::LOG2_10
}

/// Fixed-precision digits without big-number arithmetic in the common
/// case: when the shortest round-trip digits of `a` already fit in the
/// requested precision and doubles near `a` are spaced no wider than the
/// last requested digit, `a` lies within half a unit of that digit from the
/// shortest form, so rounding the exact value gives the shortest digits.
fn fixed_from_shortest(a: f64, fmt: u8, prec: &mut i32) -> Option<Digits> {
    let mut s = SmallBuf::new();
    let _ = write!(s, "{a:e}");
    let digs = Digits::from_exp(s.as_slice());
    let (fits, k) = match fmt {
        b'e' | b'E' => (digs.nd() <= *prec + 1, digs.dp - (*prec + 1)),
        b'f' => (digs.nd() - digs.dp <= *prec, -*prec),
        b'g' | b'G' => {
            let p = (*prec).max(1);
            (digs.nd() <= p, digs.dp - p)
        }
        _ => return None,
    };
    if !fits || !ulp_at_most_pow10(a, k) {
        return None;
    }
    if matches!(fmt, b'g' | b'G') && *prec == 0 {
        *prec = 1;
    }
    Some(digs)
}

fn format_digits(out: &mut Vec<u8>, shortest: bool, neg: bool, digs: &Digits, prec: i32, fmt: u8) {
    match fmt {
        b'e' | b'E' => fmt_e(out, neg, digs, prec, fmt),
        b'f' => fmt_f(out, neg, digs, prec),
        b'g' | b'G' => {
            let mut prec = prec;
            let mut eprec = prec;
            if eprec > digs.nd() && digs.nd() >= digs.dp {
                eprec = digs.nd();
            }
            if shortest {
                eprec = 6;
            }
            let exp = digs.dp - 1;
            if exp < -4 || exp >= eprec {
                if prec > digs.nd() {
                    prec = digs.nd();
                }
                fmt_e(out, neg, digs, prec - 1, fmt + b'e' - b'g');
                return;
            }
            if prec > digs.dp {
                prec = digs.nd();
            }
            fmt_f(out, neg, digs, (prec - digs.dp).max(0));
        }
        _ => {
            out.push(b'%');
            out.push(fmt);
        }
    }
}

fn fmt_e(out: &mut Vec<u8>, neg: bool, digs: &Digits, prec: i32, fmt: u8) {
    if neg {
        out.push(b'-');
    }
    out.push(digs.d().first().copied().unwrap_or(b'0'));
    if prec > 0 {
        out.push(b'.');
        let m = (digs.nd()).min(prec + 1);
        let mut i = 1;
        if i < m {
            out.extend_from_slice(&digs.d()[1..m as usize]);
            i = m;
        }
        while i <= prec {
            out.push(b'0');
            i += 1;
        }
    }
    out.push(fmt);
    let mut exp = if digs.nd() == 0 { 0 } else { digs.dp - 1 };
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    let exp = exp as u32;
    if exp < 10 {
        out.extend_from_slice(&[b'0', b'0' + exp as u8]);
    } else if exp < 100 {
        out.extend_from_slice(&[b'0' + (exp / 10) as u8, b'0' + (exp % 10) as u8]);
    } else {
        out.extend_from_slice(&[
            b'0' + (exp / 100) as u8,
            b'0' + (exp / 10 % 10) as u8,
            b'0' + (exp % 10) as u8,
        ]);
    }
}

fn fmt_f(out: &mut Vec<u8>, neg: bool, digs: &Digits, prec: i32) {
    if neg {
        out.push(b'-');
    }
    if digs.dp > 0 {
        let m = digs.nd().min(digs.dp);
        out.extend_from_slice(&digs.d()[..m as usize]);
        for _ in m..digs.dp {
            out.push(b'0');
        }
    } else {
        out.push(b'0');
    }
    if prec > 0 {
        out.push(b'.');
        for i in 0..prec {
            let j = digs.dp + i;
            let ch = if 0 <= j && j < digs.nd() {
                digs.d()[j as usize]
            } else {
                b'0'
            };
            out.push(ch);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: f64, fmt: u8, prec: i32, bits: u32) -> String {
        let mut o = Vec::new();
        format_float(&mut o, v, fmt, prec, bits);
        String::from_utf8(o).unwrap()
    }

    /// Rows generated by strconv.FormatFloat in go1.26.8
    /// (runtime/testgen/ftoa).
    #[test]
    fn table() {
        for &(v, fmt, prec, bits, want) in super::super::ftoa_golden::CASES {
            assert_eq!(
                f(v, fmt, prec, bits),
                want,
                "{v:?} {} {prec} {bits}",
                fmt as char
            );
        }
    }

    /// Bulk comparison with a file of `bits fmt prec result` lines written
    /// by strconv.FormatFloat (see runtime/testgen/ftoa): run with
    /// `GOCC_FTOA_CASES=file cargo test -p gocc-runtime -- --ignored`.
    #[test]
    #[ignore]
    fn bulk_file() {
        let Some(path) = std::env::var_os("GOCC_FTOA_CASES") else {
            return;
        };
        let text = std::fs::read_to_string(path).unwrap();
        let mut bad = 0;
        for line in text.lines() {
            let mut it = line.split(' ');
            let bits = u64::from_str_radix(it.next().unwrap(), 16).unwrap();
            let fmt = it.next().unwrap().as_bytes()[0];
            let prec: i32 = it.next().unwrap().parse().unwrap();
            let want = it.next().unwrap();
            let got = f(f64::from_bits(bits), fmt, prec, 64);
            if got != want {
                bad += 1;
                if bad < 20 {
                    eprintln!("{line}: got {got}");
                }
            }
        }
        assert_eq!(bad, 0);
    }
}
