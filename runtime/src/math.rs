//! The exactly-rounded functions of package math (results are fully
//! determined by IEEE 754, so they match gc bit for bit). Functions whose
//! gc implementation is an approximation (Pow, Exp, Log, Sin, ...) are
//! better compiled from Go's own source so that last-bit differences do
//! not show in printed results.

#[unsafe(export_name = "math.Sqrt")]
pub extern "C" fn sqrt(x: f64) -> f64 {
    x.sqrt()
}

#[unsafe(export_name = "math.Abs")]
pub extern "C" fn abs(x: f64) -> f64 {
    x.abs()
}

#[unsafe(export_name = "math.Floor")]
pub extern "C" fn floor(x: f64) -> f64 {
    x.floor()
}

#[unsafe(export_name = "math.Ceil")]
pub extern "C" fn ceil(x: f64) -> f64 {
    x.ceil()
}

#[unsafe(export_name = "math.Trunc")]
pub extern "C" fn trunc(x: f64) -> f64 {
    x.trunc()
}

/// Half away from zero.
#[unsafe(export_name = "math.Round")]
pub extern "C" fn round(x: f64) -> f64 {
    x.round()
}

#[unsafe(export_name = "math.RoundToEven")]
pub extern "C" fn round_to_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// C's fmod, which is exact: the result has the sign of `x`.
#[unsafe(export_name = "math.Mod")]
pub extern "C" fn modulo(x: f64, y: f64) -> f64 {
    x % y
}

#[unsafe(export_name = "math.Copysign")]
pub extern "C" fn copysign(f: f64, sign: f64) -> f64 {
    f.copysign(sign)
}

#[unsafe(export_name = "math.Signbit")]
pub extern "C" fn signbit(x: f64) -> bool {
    x.is_sign_negative()
}

#[unsafe(export_name = "math.Inf")]
pub extern "C" fn inf(sign: i64) -> f64 {
    if sign >= 0 {
        f64::INFINITY
    } else {
        f64::NEG_INFINITY
    }
}

#[unsafe(export_name = "math.NaN")]
pub extern "C" fn nan() -> f64 {
    f64::NAN
}

#[unsafe(export_name = "math.IsNaN")]
pub extern "C" fn is_nan(x: f64) -> bool {
    x.is_nan()
}

#[unsafe(export_name = "math.IsInf")]
pub extern "C" fn is_inf(x: f64, sign: i64) -> bool {
    (sign >= 0 && x == f64::INFINITY) || (sign <= 0 && x == f64::NEG_INFINITY)
}

/// gc's special cases: +Inf wins over NaN; `Max(-0, +0)` is +0.
#[unsafe(export_name = "math.Max")]
pub extern "C" fn max(x: f64, y: f64) -> f64 {
    if x == f64::INFINITY || y == f64::INFINITY {
        f64::INFINITY
    } else if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == 0.0 && x == y {
        if x.is_sign_negative() { y } else { x }
    } else if x > y {
        x
    } else {
        y
    }
}

/// gc's special cases: -Inf wins over NaN; `Min(-0, +0)` is -0.
#[unsafe(export_name = "math.Min")]
pub extern "C" fn min(x: f64, y: f64) -> f64 {
    if x == f64::NEG_INFINITY || y == f64::NEG_INFINITY {
        f64::NEG_INFINITY
    } else if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == 0.0 && x == y {
        if x.is_sign_negative() { x } else { y }
    } else if x < y {
        x
    } else {
        y
    }
}

/// `max(x-y, 0)` as Go computes it: `Dim(+Inf, +Inf)` and a NaN operand
/// give NaN (the subtraction's NaN is not `<= 0`), `Dim(-0, +0)` is +0.
#[unsafe(export_name = "math.Dim")]
pub extern "C" fn dim(x: f64, y: f64) -> f64 {
    let v = x - y;
    if v <= 0.0 { 0.0 } else { v }
}

#[unsafe(export_name = "math.Float64bits")]
pub extern "C" fn float64bits(f: f64) -> u64 {
    f.to_bits()
}

#[unsafe(export_name = "math.Float64frombits")]
pub extern "C" fn float64frombits(b: u64) -> f64 {
    f64::from_bits(b)
}

#[unsafe(export_name = "math.Float32bits")]
pub extern "C" fn float32bits(f: f32) -> u32 {
    f.to_bits()
}

#[unsafe(export_name = "math.Float32frombits")]
pub extern "C" fn float32frombits(b: u32) -> f32 {
    f32::from_bits(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(v: &[f64]) -> String {
        let mut out = Vec::new();
        for (i, &f) in v.iter().enumerate() {
            if i > 0 {
                out.push(b' ');
            }
            crate::print::push_float64(&mut out, f);
        }
        String::from_utf8(out).unwrap()
    }

    // Lines printed by go1.26.8 for the same calls.
    #[test]
    fn special_cases_match_gc() {
        let (nz, inf, nan) = (-0.0, f64::INFINITY, f64::NAN);
        assert_eq!(
            g(&[
                max(1.0, nan),
                max(nan, inf),
                max(nz, 0.0),
                max(nz, nz),
                max(-3.0, 2.0)
            ]),
            "NaN +Inf 0 -0 2"
        );
        assert_eq!(
            g(&[
                min(1.0, nan),
                min(-inf, nan),
                min(nz, 0.0),
                min(0.0, 0.0),
                min(-3.0, 2.0)
            ]),
            "NaN -Inf -0 0 -3"
        );
        assert_eq!(
            g(&[
                modulo(7.0, 3.0),
                modulo(-7.0, 3.0),
                modulo(7.0, inf),
                modulo(inf, 2.0),
                modulo(1.0, 0.0),
                modulo(5.5, -2.0)
            ]),
            "1 -1 7 NaN NaN 1.5"
        );
        assert_eq!(
            g(&[
                round(2.5),
                round(-2.5),
                round_to_even(2.5),
                round_to_even(3.5),
                trunc(-2.7),
                floor(-2.5),
                ceil(-2.5)
            ]),
            "3 -3 2 4 -2 -3 -2"
        );
        assert_eq!(
            g(&[sqrt(2.0), sqrt(-1.0), abs(nz)]),
            "1.4142135623730951 NaN 0"
        );
        assert!(signbit(nz) && !is_inf(inf, -1) && is_inf(inf, 0) && is_nan(nan));
    }
}
