//! Arbitrary-precision integers for untyped integer constants.
//!
//! Provisional representation (i128) so that the rest of the compiler can
//! be written against the API; the checker replaces it with a true
//! arbitrary-precision integer (Go requires at least 256 bits).

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct BigInt(i128);

impl BigInt {
    pub fn from_i64(v: i64) -> BigInt {
        BigInt(v as i128)
    }

    pub fn from_u64(v: u64) -> BigInt {
        BigInt(v as i128)
    }

    pub fn to_i64(&self) -> Option<i64> {
        i64::try_from(self.0).ok()
    }

    pub fn to_u64(&self) -> Option<u64> {
        u64::try_from(self.0).ok()
    }

    /// The low 64 bits in two's complement.
    pub fn low_u64(&self) -> u64 {
        self.0 as u64
    }

    pub fn to_f64(&self) -> f64 {
        self.0 as f64
    }
}
