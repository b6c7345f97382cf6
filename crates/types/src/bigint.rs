//! Arbitrary-precision integers for untyped integer constants.
//!
//! Sign and magnitude: `mag` holds base-2^32 limbs, least significant
//! first, without trailing zero limbs (so zero is an empty vector and is
//! never negative). Bitwise operators follow Go's constant semantics:
//! negative values behave as infinite two's complement.

use std::cmp::Ordering;

#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct BigInt {
    neg: bool,
    mag: Vec<u32>,
}

fn trim(v: &mut Vec<u32>) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

fn cmp_mag(a: &[u32], b: &[u32]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for i in (0..a.len()).rev() {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
    }
    Ordering::Equal
}

fn add_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut r = Vec::with_capacity(a.len().max(b.len()) + 1);
    let mut carry = 0u64;
    for i in 0..a.len().max(b.len()) {
        let s = *a.get(i).unwrap_or(&0) as u64 + *b.get(i).unwrap_or(&0) as u64 + carry;
        r.push(s as u32);
        carry = s >> 32;
    }
    if carry != 0 {
        r.push(carry as u32);
    }
    trim(&mut r);
    r
}

/// `a - b` for `|a| >= |b|`.
fn sub_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut r = Vec::with_capacity(a.len());
    let mut borrow = 0i64;
    for (i, &x) in a.iter().enumerate() {
        let mut d = x as i64 - *b.get(i).unwrap_or(&0) as i64 - borrow;
        borrow = 0;
        if d < 0 {
            d += 1 << 32;
            borrow = 1;
        }
        r.push(d as u32);
    }
    trim(&mut r);
    r
}

fn mul_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let mut r = vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = x as u64 * y as u64 + r[i + j] as u64 + carry;
            r[i + j] = t as u32;
            carry = t >> 32;
        }
        let mut k = i + b.len();
        while carry != 0 {
            let t = r[k] as u64 + carry;
            r[k] = t as u32;
            carry = t >> 32;
            k += 1;
        }
    }
    trim(&mut r);
    r
}

/// Magnitude division (quotient, remainder); `b` must be non-zero.
/// Simple shift-subtract long division: constants are small.
fn divrem_mag(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    if cmp_mag(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let d = b[0] as u64;
        let mut q = vec![0u32; a.len()];
        let mut rem = 0u64;
        for i in (0..a.len()).rev() {
            let cur = (rem << 32) | a[i] as u64;
            q[i] = (cur / d) as u32;
            rem = cur % d;
        }
        trim(&mut q);
        let mut r = vec![rem as u32];
        trim(&mut r);
        return (q, r);
    }
    let bits = a.len() * 32;
    let mut q = vec![0u32; a.len()];
    let mut r: Vec<u32> = Vec::new();
    for i in (0..bits).rev() {
        r = shl_mag(&r, 1);
        if (a[i / 32] >> (i % 32)) & 1 == 1 {
            if r.is_empty() {
                r.push(1);
            } else {
                r[0] |= 1;
            }
        }
        if cmp_mag(&r, b) != Ordering::Less {
            r = sub_mag(&r, b);
            q[i / 32] |= 1 << (i % 32);
        }
    }
    trim(&mut q);
    (q, r)
}

fn shl_mag(a: &[u32], n: usize) -> Vec<u32> {
    if a.is_empty() {
        return Vec::new();
    }
    let (limbs, bits) = (n / 32, n % 32);
    let mut r = vec![0u32; limbs];
    if bits == 0 {
        r.extend_from_slice(a);
    } else {
        let mut carry = 0u32;
        for &x in a {
            r.push((x << bits) | carry);
            carry = x >> (32 - bits);
        }
        r.push(carry);
    }
    trim(&mut r);
    r
}

fn shr_mag(a: &[u32], n: usize) -> Vec<u32> {
    let (limbs, bits) = (n / 32, n % 32);
    if limbs >= a.len() {
        return Vec::new();
    }
    let src = &a[limbs..];
    let mut r = Vec::with_capacity(src.len());
    for i in 0..src.len() {
        let hi = if bits == 0 {
            0
        } else {
            src.get(i + 1).map_or(0, |&h| h << (32 - bits))
        };
        r.push((src[i] >> bits) | hi);
    }
    trim(&mut r);
    r
}

impl BigInt {
    pub fn zero() -> BigInt {
        BigInt::default()
    }

    fn from_parts(neg: bool, mut mag: Vec<u32>) -> BigInt {
        trim(&mut mag);
        let neg = neg && !mag.is_empty();
        BigInt { neg, mag }
    }

    pub fn from_i64(v: i64) -> BigInt {
        let m = v.unsigned_abs();
        BigInt::from_parts(v < 0, vec![m as u32, (m >> 32) as u32])
    }

    pub fn from_u64(v: u64) -> BigInt {
        BigInt::from_parts(false, vec![v as u32, (v >> 32) as u32])
    }

    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    pub fn is_negative(&self) -> bool {
        self.neg
    }

    /// Number of bits of the magnitude (0 for zero).
    pub fn bit_len(&self) -> usize {
        match self.mag.last() {
            None => 0,
            Some(&top) => (self.mag.len() - 1) * 32 + (32 - top.leading_zeros() as usize),
        }
    }

    fn mag_u64(&self) -> Option<u64> {
        match self.mag.len() {
            0 => Some(0),
            1 => Some(self.mag[0] as u64),
            2 => Some(self.mag[0] as u64 | (self.mag[1] as u64) << 32),
            _ => None,
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        let m = self.mag_u64()?;
        if self.neg {
            if m <= 1u64 << 63 {
                Some((m as i64).wrapping_neg())
            } else {
                None
            }
        } else {
            i64::try_from(m).ok()
        }
    }

    pub fn to_u64(&self) -> Option<u64> {
        if self.neg { None } else { self.mag_u64() }
    }

    /// The low 64 bits in two's complement.
    pub fn low_u64(&self) -> u64 {
        let m = self.mag.first().copied().unwrap_or(0) as u64
            | (self.mag.get(1).copied().unwrap_or(0) as u64) << 32;
        if self.neg { m.wrapping_neg() } else { m }
    }

    /// The nearest f64 (round half to even, once: accumulating limbs in
    /// floating point would round at every step), ±Inf beyond its range.
    pub fn to_f64(&self) -> f64 {
        let mag = BigInt::from_parts(false, self.mag.clone());
        let extra = mag.bit_len().saturating_sub(64);
        let top = mag.shr(extra);
        let lost = !mag.sub(&top.shl(extra)).is_zero();
        let m = top.to_u64().unwrap_or(u64::MAX) | lost as u64;
        let f = crate::rat::round_float(m, extra as i64, 52, -1022);
        if self.neg { -f } else { f }
    }

    /// The integer value of a finite float (truncated toward zero).
    pub fn from_f64(f: f64) -> BigInt {
        if !f.is_finite() || f.abs() < 1.0 {
            return BigInt::zero();
        }
        let bits = f.abs().to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
        let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
        let m = BigInt::from_u64(mant);
        let v = if exp >= 0 {
            m.shl(exp as usize)
        } else {
            m.shr((-exp) as usize)
        };
        if f < 0.0 { v.neg() } else { v }
    }

    /// Parses Go integer literal digits (no sign) in `radix`; `_` ignored.
    pub fn parse_radix(s: &str, radix: u32) -> Option<BigInt> {
        let mut r = BigInt::zero();
        let rb = BigInt::from_u64(radix as u64);
        let mut any = false;
        for c in s.chars() {
            if c == '_' {
                continue;
            }
            let d = c.to_digit(radix)?;
            r = r.mul(&rb).add(&BigInt::from_u64(d as u64));
            any = true;
        }
        any.then_some(r)
    }

    pub fn neg(&self) -> BigInt {
        BigInt::from_parts(!self.neg, self.mag.clone())
    }

    pub fn add(&self, o: &BigInt) -> BigInt {
        if self.neg == o.neg {
            return BigInt::from_parts(self.neg, add_mag(&self.mag, &o.mag));
        }
        match cmp_mag(&self.mag, &o.mag) {
            Ordering::Less => BigInt::from_parts(o.neg, sub_mag(&o.mag, &self.mag)),
            _ => BigInt::from_parts(self.neg, sub_mag(&self.mag, &o.mag)),
        }
    }

    pub fn sub(&self, o: &BigInt) -> BigInt {
        self.add(&o.neg())
    }

    pub fn mul(&self, o: &BigInt) -> BigInt {
        BigInt::from_parts(self.neg != o.neg, mul_mag(&self.mag, &o.mag))
    }

    /// Truncated division and remainder (Go's `/` and `%`); `None` when
    /// dividing by zero.
    pub fn div_rem(&self, o: &BigInt) -> Option<(BigInt, BigInt)> {
        if o.is_zero() {
            return None;
        }
        let (q, r) = divrem_mag(&self.mag, &o.mag);
        Some((
            BigInt::from_parts(self.neg != o.neg, q),
            BigInt::from_parts(self.neg, r),
        ))
    }

    pub fn shl(&self, n: usize) -> BigInt {
        BigInt::from_parts(self.neg, shl_mag(&self.mag, n))
    }

    /// Arithmetic shift right (floor division by 2^n, as Go's `>>`).
    pub fn shr(&self, n: usize) -> BigInt {
        if !self.neg {
            return BigInt::from_parts(false, shr_mag(&self.mag, n));
        }
        // floor(-m / 2^n) = -ceil(m / 2^n) = -((m - 1) >> n) - 1
        let m1 = sub_mag(&self.mag, &[1]);
        let q = shr_mag(&m1, n);
        BigInt::from_parts(true, add_mag(&q, &[1]))
    }

    /// Two's complement limbs of length `n` (enough to hold the sign).
    fn twos(&self, n: usize) -> Vec<u32> {
        let mut v = self.mag.clone();
        v.resize(n, 0);
        if self.neg {
            let mut carry = 1u64;
            for l in v.iter_mut() {
                let t = (!*l) as u64 + carry;
                *l = t as u32;
                carry = t >> 32;
            }
        }
        v
    }

    fn from_twos(mut v: Vec<u32>) -> BigInt {
        let neg = v.last().is_some_and(|&l| l >> 31 == 1);
        if neg {
            let mut carry = 1u64;
            for l in v.iter_mut() {
                let t = (!*l) as u64 + carry;
                *l = t as u32;
                carry = t >> 32;
            }
        }
        BigInt::from_parts(neg, v)
    }

    fn bitwise(&self, o: &BigInt, f: impl Fn(u32, u32) -> u32) -> BigInt {
        let n = self.mag.len().max(o.mag.len()) + 1;
        let (a, b) = (self.twos(n), o.twos(n));
        BigInt::from_twos(a.iter().zip(&b).map(|(&x, &y)| f(x, y)).collect())
    }

    pub fn and(&self, o: &BigInt) -> BigInt {
        self.bitwise(o, |x, y| x & y)
    }

    pub fn or(&self, o: &BigInt) -> BigInt {
        self.bitwise(o, |x, y| x | y)
    }

    pub fn xor(&self, o: &BigInt) -> BigInt {
        self.bitwise(o, |x, y| x ^ y)
    }

    pub fn and_not(&self, o: &BigInt) -> BigInt {
        self.bitwise(o, |x, y| x & !y)
    }

    /// `^x` for an untyped constant: `-x - 1`.
    pub fn not(&self) -> BigInt {
        self.neg().sub(&BigInt::from_i64(1))
    }
}

impl Ord for BigInt {
    fn cmp(&self, o: &BigInt) -> Ordering {
        match (self.neg, o.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => cmp_mag(&self.mag, &o.mag),
            (true, true) => cmp_mag(&o.mag, &self.mag),
        }
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, o: &BigInt) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl std::fmt::Display for BigInt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_zero() {
            return write!(f, "0");
        }
        let mut digits = Vec::new();
        let mut m = self.mag.clone();
        let ten9 = [1_000_000_000u32];
        while !m.is_empty() {
            let (q, r) = divrem_mag(&m, &ten9);
            digits.push(r.first().copied().unwrap_or(0));
            m = q;
        }
        if self.neg {
            write!(f, "-")?;
        }
        write!(f, "{}", digits.last().copied().unwrap_or(0))?;
        for d in digits.iter().rev().skip(1) {
            write!(f, "{d:09}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(v: i64) -> BigInt {
        BigInt::from_i64(v)
    }

    #[test]
    fn to_f64_rounds_once() {
        // 2^100 + 2^47 + 1: the low limbs together lift it over the half
        // ulp, which limb-by-limb accumulation loses.
        let one = BigInt::from_i64(1);
        let v = one.shl(100).add(&one.shl(47)).add(&one);
        assert_eq!(v.to_f64(), 2f64.powi(100) + 2f64.powi(48));
        assert_eq!(v.neg().to_f64(), -(2f64.powi(100) + 2f64.powi(48)));
        assert_eq!(BigInt::from_i64(-12345).to_f64(), -12345.0);
        assert_eq!(one.shl(1024).to_f64(), f64::INFINITY);
        assert_eq!(BigInt::zero().to_f64(), 0.0);
    }

    #[test]
    fn arithmetic_matches_i128() {
        let vals = [
            0i64,
            1,
            -1,
            7,
            -7,
            255,
            1 << 40,
            -(1 << 40) + 3,
            i64::MAX,
            i64::MIN,
        ];
        for &x in &vals {
            for &y in &vals {
                let (bx, by) = (b(x), b(y));
                let (ix, iy) = (x as i128, y as i128);
                assert_eq!(bx.add(&by).to_string(), (ix + iy).to_string());
                assert_eq!(bx.sub(&by).to_string(), (ix - iy).to_string());
                assert_eq!(bx.mul(&by).to_string(), (ix * iy).to_string());
                if y != 0 {
                    let (q, r) = bx.div_rem(&by).unwrap();
                    assert_eq!(q.to_string(), (ix / iy).to_string(), "{x}/{y}");
                    assert_eq!(r.to_string(), (ix % iy).to_string(), "{x}%{y}");
                }
                assert_eq!(bx.and(&by).to_string(), (ix & iy).to_string());
                assert_eq!(bx.or(&by).to_string(), (ix | iy).to_string());
                assert_eq!(bx.xor(&by).to_string(), (ix ^ iy).to_string());
                assert_eq!(bx.and_not(&by).to_string(), (ix & !iy).to_string());
                assert_eq!(bx.cmp(&by), ix.cmp(&iy));
            }
            for n in [0usize, 1, 5, 31, 32, 33, 63] {
                assert_eq!(b(x).shr(n).to_string(), ((x as i128) >> n).to_string());
                assert_eq!(b(x).shl(n).to_string(), ((x as i128) << n).to_string());
            }
            assert_eq!(b(x).not().to_string(), (!(x as i128)).to_string());
            assert_eq!(b(x).to_i64(), Some(x));
        }
    }

    #[test]
    fn big_values() {
        let one = b(1);
        let x = one.shl(100).shr(98);
        assert_eq!(x.to_i64(), Some(4));
        let p = one.shl(64);
        assert_eq!(p.to_string(), "18446744073709551616");
        assert_eq!(p.to_u64(), None);
        assert_eq!(p.sub(&one).to_u64(), Some(u64::MAX));
        assert_eq!(b(i64::MIN).to_i64(), Some(i64::MIN));
        let big = BigInt::parse_radix("123456789012345678901234567890", 10).unwrap();
        assert_eq!(big.to_string(), "123456789012345678901234567890");
        let (q, r) = big.div_rem(&b(1_000_000_007)).unwrap();
        assert_eq!(q.mul(&b(1_000_000_007)).add(&r), big);
        assert_eq!(BigInt::from_f64(1e20).to_string(), "100000000000000000000");
        assert_eq!(b(-5).low_u64(), (-5i64) as u64);
    }
}
