//! Exact constant values (Go's untyped constant arithmetic).
//!
//! Later stages use only the accessor methods, never the representation,
//! so it can be made more precise without touching them.

/// A constant's value. Integer constants are exact; string constants are
/// byte strings (Go strings need not be UTF-8).
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Bool(bool),
    String(Vec<u8>),
    Int(crate::bigint::BigInt),
    Float(f64),
    Complex(f64, f64),
    /// An exact untyped floating-point constant (added by the checker;
    /// use the accessors, e.g. [`ConstValue::to_f64`]).
    Rat(crate::rat::Rat),
}

impl ConstValue {
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            ConstValue::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            ConstValue::String(s) => Some(s),
            _ => None,
        }
    }

    /// The value as an `i64` if it is an integer (or integral float) that
    /// fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            ConstValue::Int(i) => i.to_i64(),
            ConstValue::Float(f) if f.fract() == 0.0 && f.abs() < 9.3e18 => Some(*f as i64),
            ConstValue::Rat(r) => r.to_int().and_then(|i| i.to_i64()),
            _ => None,
        }
    }

    /// The value as a `u64` if it is a non-negative integer that fits.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            ConstValue::Int(i) => i.to_u64(),
            ConstValue::Float(f) if f.fract() == 0.0 && *f >= 0.0 && *f < 1.8e19 => Some(*f as u64),
            ConstValue::Rat(r) => r.to_int().and_then(|i| i.to_u64()),
            _ => None,
        }
    }

    /// The bits of an integer constant already converted to a typed
    /// integer of `bits` width (two's complement, truncated). Used by
    /// code generation after the checker has verified representability.
    pub fn to_bits(&self) -> u64 {
        match self {
            ConstValue::Int(i) => i.low_u64(),
            ConstValue::Float(f) => *f as i64 as u64,
            ConstValue::Rat(r) => match r.to_int() {
                Some(i) => i.low_u64(),
                None => r.to_f64() as i64 as u64,
            },
            ConstValue::Bool(b) => *b as u64,
            _ => 0,
        }
    }

    /// The value as a float (for float and complex-real contexts).
    pub fn to_f64(&self) -> f64 {
        match self {
            ConstValue::Int(i) => i.to_f64(),
            ConstValue::Float(f) => *f,
            ConstValue::Rat(r) => r.to_f64(),
            ConstValue::Complex(re, _) => *re,
            ConstValue::Bool(_) | ConstValue::String(_) => 0.0,
        }
    }

    /// (real, imag) of a numeric constant.
    pub fn to_complex(&self) -> (f64, f64) {
        match self {
            ConstValue::Complex(re, im) => (*re, *im),
            v => (v.to_f64(), 0.0),
        }
    }

    /// Exact equality across representations (`3 == 3.0`), like
    /// go/constant's `Compare(x, token.EQL, y)`: what gc uses to find the
    /// case a switch on a constant always takes.
    pub fn exact_eq(&self, other: &ConstValue) -> bool {
        crate::check::constant::compare(syntax::ast::BinaryOp::Eq, self, other)
    }
}
