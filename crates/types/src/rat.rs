//! Exact rationals for untyped floating-point constants (Go evaluates
//! `1e300 * 1e300 / 1e300` and `1.0 / 3 * 3 == 1` exactly).
//!
//! Values whose numerator or denominator would exceed [`MAX_BITS`] are
//! not representable here; callers then fall back to `f64`.

use std::cmp::Ordering;

use crate::bigint::BigInt;

/// Size limit of numerator/denominator (go/constant switches to 512-bit
/// floats beyond a similar size).
pub const MAX_BITS: usize = 8192;

/// `num / den`, `den > 0`, in lowest terms.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Rat {
    num: BigInt,
    den: BigInt,
}

fn gcd(a: &BigInt, b: &BigInt) -> BigInt {
    let (mut a, mut b) = (abs(a), abs(b));
    while !b.is_zero() {
        let r = a.div_rem(&b).map(|(_, r)| r).unwrap_or_default();
        a = b;
        b = r;
    }
    a
}

fn abs(a: &BigInt) -> BigInt {
    if a.is_negative() { a.neg() } else { a.clone() }
}

impl Rat {
    /// `None` if too large or `den` is zero.
    pub fn new(num: BigInt, den: BigInt) -> Option<Rat> {
        if den.is_zero() {
            return None;
        }
        let (num, den) = if den.is_negative() {
            (num.neg(), den.neg())
        } else {
            (num, den)
        };
        let g = gcd(&num, &den);
        let (num, den) = if g.is_zero() || g == BigInt::from_i64(1) {
            (num, den)
        } else {
            (num.div_rem(&g)?.0, den.div_rem(&g)?.0)
        };
        if num.bit_len() > MAX_BITS || den.bit_len() > MAX_BITS {
            return None;
        }
        Some(Rat { num, den })
    }

    pub fn from_int(i: BigInt) -> Rat {
        Rat {
            num: i,
            den: BigInt::from_i64(1),
        }
    }

    /// Exact value of a finite f64.
    pub fn from_f64(f: f64) -> Option<Rat> {
        if !f.is_finite() {
            return None;
        }
        if f == 0.0 {
            return Some(Rat::from_int(BigInt::zero()));
        }
        let bits = f.abs().to_bits();
        let e = ((bits >> 52) & 0x7ff) as i64;
        let (mant, exp) = if e == 0 {
            (bits & ((1 << 52) - 1), -1074)
        } else {
            ((bits & ((1 << 52) - 1)) | (1 << 52), e - 1075)
        };
        let m = BigInt::from_u64(mant);
        let m = if f < 0.0 { m.neg() } else { m };
        if exp >= 0 {
            Rat::new(m.shl(exp as usize), BigInt::from_i64(1))
        } else {
            Rat::new(m, BigInt::from_i64(1).shl((-exp) as usize))
        }
    }

    /// Parses a decimal float literal (`1.5e-3`, `.5`, `1_000.0`).
    pub fn parse_decimal(s: &str) -> Option<Rat> {
        let s = s.replace('_', "");
        let (mant, exp) = match s.find(['e', 'E']) {
            Some(i) => (&s[..i], s[i + 1..].parse::<i64>().ok()?),
            None => (&s[..], 0),
        };
        let (int, frac) = match mant.find('.') {
            Some(i) => (&mant[..i], &mant[i + 1..]),
            None => (mant, ""),
        };
        let digits = format!("{int}{frac}");
        let digits = if digits.is_empty() {
            "0".to_string()
        } else {
            digits
        };
        let n = BigInt::parse_radix(&digits, 10)?;
        let exp10 = exp - frac.len() as i64;
        if exp10.unsigned_abs() > 2500 {
            return None;
        }
        let p = pow10(exp10.unsigned_abs() as usize);
        if exp10 >= 0 {
            Rat::new(n.mul(&p), BigInt::from_i64(1))
        } else {
            Rat::new(n, p)
        }
    }

    pub fn is_int(&self) -> bool {
        self.den == BigInt::from_i64(1)
    }

    /// The integer value if the rational is integral.
    pub fn to_int(&self) -> Option<BigInt> {
        self.is_int().then(|| self.num.clone())
    }

    pub fn sign(&self) -> i32 {
        if self.num.is_zero() {
            0
        } else if self.num.is_negative() {
            -1
        } else {
            1
        }
    }

    pub fn neg(&self) -> Rat {
        Rat {
            num: self.num.neg(),
            den: self.den.clone(),
        }
    }

    pub fn add(&self, o: &Rat) -> Option<Rat> {
        Rat::new(
            self.num.mul(&o.den).add(&o.num.mul(&self.den)),
            self.den.mul(&o.den),
        )
    }

    pub fn sub(&self, o: &Rat) -> Option<Rat> {
        self.add(&o.neg())
    }

    pub fn mul(&self, o: &Rat) -> Option<Rat> {
        Rat::new(self.num.mul(&o.num), self.den.mul(&o.den))
    }

    pub fn div(&self, o: &Rat) -> Option<Rat> {
        Rat::new(self.num.mul(&o.den), self.den.mul(&o.num))
    }

    /// Nearest f32 (rounded once, from the exact value), ±Inf on overflow.
    pub fn to_f32(&self) -> f32 {
        let (m, exp, neg) = self.top_bits();
        // Rounded to float32's precision (fewer bits for a subnormal) in
        // one step; the result converts to f32 exactly (or overflows).
        let f = round_float(m, exp, 23, -126) as f32;
        if neg { -f } else { f }
    }

    /// The value as `m * 2^exp` with `m` holding the top 64 bits (the
    /// lowest bit set if any lower bit was lost), and the sign.
    fn top_bits(&self) -> (u64, i64, bool) {
        if self.num.is_zero() {
            return (0, 0, false);
        }
        let neg = self.num.is_negative();
        let n = abs(&self.num);
        let shift = 65 + self.den.bit_len() as i64 - n.bit_len() as i64;
        let (a, b) = if shift >= 0 {
            (n.shl(shift as usize), self.den.clone())
        } else {
            (n, self.den.shl((-shift) as usize))
        };
        let Some((q, r)) = a.div_rem(&b) else {
            return (0, 0, false);
        };
        let extra = q.bit_len().saturating_sub(64);
        let top = q.shr(extra);
        let lost = !q.sub(&top.shl(extra)).is_zero() || !r.is_zero();
        let mut m = top.to_u64().unwrap_or(u64::MAX);
        if lost {
            m |= 1;
        }
        (m, extra as i64 - shift, neg)
    }

    /// Nearest f64 (round half to even), ±Inf on overflow.
    pub fn to_f64(&self) -> f64 {
        let (m, exp, neg) = self.top_bits();
        let f = round_float(m, exp, 52, -1022);
        if neg { -f } else { f }
    }
}

/// `m × 2^exp` (`m`'s lowest bit sticky: set if lower bits were lost)
/// rounded once, half to even, to a binary float with `mant_bits` fraction
/// bits and smallest normal exponent `emin`, so that a value in the
/// subnormal range is rounded at the subnormal quantum rather than twice
/// (first to 53 bits, then again when scaled: 2.2250738585072011e-308
/// would become the smallest normal instead of the largest subnormal).
/// The result is exactly representable in that format (or ±Inf).
pub(crate) fn round_float(m: u64, exp: i64, mant_bits: u32, emin: i64) -> f64 {
    if m == 0 {
        return 0.0;
    }
    let lz = m.leading_zeros();
    let (m, exp) = (m << lz, exp - lz as i64);
    // The exponent of the leading bit, then the exponent of the last kept
    // bit (the quantum): mant_bits below it, but never below emin's.
    let e = exp + 63;
    let q = (e - mant_bits as i64).max(emin - mant_bits as i64);
    let s = q - exp;
    if s > 64 {
        return 0.0; // below half the smallest subnormal
    }
    let (int, rem) = if s == 64 {
        (0, m)
    } else {
        (m >> s, m & ((1u64 << s) - 1))
    };
    let half = 1u64 << (s - 1);
    let up = rem > half || (rem == half && int & 1 == 1);
    scale((int + up as u64) as f64, q)
}

/// `x * 2^e` without intermediate overflow.
fn scale(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
        if x == 0.0 {
            return x;
        }
    }
    x * 2f64.powi(e as i32)
}

fn pow10(n: usize) -> BigInt {
    let mut r = BigInt::from_i64(1);
    let ten = BigInt::from_i64(10);
    for _ in 0..n {
        r = r.mul(&ten);
    }
    r
}

impl Ord for Rat {
    fn cmp(&self, o: &Rat) -> Ordering {
        self.num.mul(&o.den).cmp(&o.num.mul(&self.den))
    }
}

impl PartialOrd for Rat {
    fn partial_cmp(&self, o: &Rat) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact() {
        let e300 = Rat::parse_decimal("1e300").unwrap();
        let r = e300.mul(&e300).unwrap().div(&e300).unwrap();
        assert_eq!(r.to_f64(), 1e300);
        let third = Rat::from_int(BigInt::from_i64(1))
            .div(&Rat::from_int(BigInt::from_i64(3)))
            .unwrap();
        assert!(
            third
                .mul(&Rat::from_int(BigInt::from_i64(3)))
                .unwrap()
                .is_int()
        );
        assert_eq!(third.to_f64(), 1.0 / 3.0);
        let pi =
            Rat::parse_decimal("3.14159265358979323846264338327950288419716939937510582097494459")
                .unwrap();
        assert_eq!(pi.to_f64(), std::f64::consts::PI);
        assert_eq!(Rat::parse_decimal("0.1").unwrap().to_f64(), 0.1);
        assert_eq!(Rat::parse_decimal("1e-300").unwrap().to_f64(), 1e-300);
        assert_eq!(Rat::from_f64(0.1).unwrap().to_f64(), 0.1);
        assert_eq!(Rat::parse_decimal("1e400").unwrap().to_f64(), f64::INFINITY);
        // Near and below the subnormal boundary: one rounding, like gc.
        for (text, want) in [
            ("2.2250738585072011e-308", 2.225073858507201e-308),
            ("2.2250738585072012e-308", 2.2250738585072014e-308),
            ("4.9406564584124654e-324", 5e-324),
            ("2.4703282292062328e-324", 5e-324),
            ("2.4703282292062327e-324", 0.0),
            ("1.7976931348623158e308", f64::MAX),
            ("1.7976931348623159e308", f64::INFINITY),
        ] {
            assert_eq!(Rat::parse_decimal(text).unwrap().to_f64(), want, "{text}");
        }
        for (text, want) in [
            ("1.4e-45", 1e-45f32),
            ("7.006492321624085e-46", 0.0),
            ("7.006492321624086e-46", 1e-45),
            ("1.1754942e-38", 1.1754942e-38),
            ("3.4028235e38", f32::MAX),
        ] {
            assert_eq!(Rat::parse_decimal(text).unwrap().to_f32(), want, "{text}");
        }
    }
}
