//! Package math's transcendental functions (the exact IEEE ones are in
//! math.rs). They use the platform libm (glibc), whose results are
//! correctly rounded in nearly all cases; Go's own algorithms agree on the
//! common values but may differ in the last bit on some inputs. The
//! special cases follow Go's documentation where C's differ.

#[unsafe(export_name = "math.Log")]
pub extern "C" fn log(x: f64) -> f64 {
    x.ln()
}

#[unsafe(export_name = "math.Log2")]
pub extern "C" fn log2(x: f64) -> f64 {
    // Go: exact for powers of two.
    let (frac, exp) = frexp(x);
    if frac == 0.5 {
        return (exp - 1) as f64;
    }
    x.log2()
}

#[unsafe(export_name = "math.Log10")]
pub extern "C" fn log10(x: f64) -> f64 {
    x.log10()
}

#[unsafe(export_name = "math.Log1p")]
pub extern "C" fn log1p(x: f64) -> f64 {
    x.ln_1p()
}

#[unsafe(export_name = "math.Exp")]
pub extern "C" fn exp(x: f64) -> f64 {
    x.exp()
}

#[unsafe(export_name = "math.Exp2")]
pub extern "C" fn exp2(x: f64) -> f64 {
    x.exp2()
}

#[unsafe(export_name = "math.Expm1")]
pub extern "C" fn expm1(x: f64) -> f64 {
    x.exp_m1()
}

#[unsafe(export_name = "math.Pow")]
pub extern "C" fn pow(x: f64, y: f64) -> f64 {
    x.powf(y)
}

#[unsafe(export_name = "math.Pow10")]
pub extern "C" fn pow10(n: i64) -> f64 {
    if n < -323 {
        return 0.0;
    }
    if n > 308 {
        return f64::INFINITY;
    }
    // Exact decimal parsing gives the correctly rounded power.
    format!("1e{n}").parse().unwrap_or(0.0)
}

#[unsafe(export_name = "math.Cbrt")]
pub extern "C" fn cbrt(x: f64) -> f64 {
    x.cbrt()
}

#[unsafe(export_name = "math.Hypot")]
pub extern "C" fn hypot(p: f64, q: f64) -> f64 {
    if p.is_infinite() || q.is_infinite() {
        return f64::INFINITY;
    }
    p.hypot(q)
}

#[unsafe(export_name = "math.Sin")]
pub extern "C" fn sin(x: f64) -> f64 {
    x.sin()
}

#[unsafe(export_name = "math.Cos")]
pub extern "C" fn cos(x: f64) -> f64 {
    x.cos()
}

#[unsafe(export_name = "math.Tan")]
pub extern "C" fn tan(x: f64) -> f64 {
    x.tan()
}

#[unsafe(export_name = "math.Asin")]
pub extern "C" fn asin(x: f64) -> f64 {
    x.asin()
}

#[unsafe(export_name = "math.Acos")]
pub extern "C" fn acos(x: f64) -> f64 {
    x.acos()
}

#[unsafe(export_name = "math.Atan")]
pub extern "C" fn atan(x: f64) -> f64 {
    x.atan()
}

#[unsafe(export_name = "math.Atan2")]
pub extern "C" fn atan2(y: f64, x: f64) -> f64 {
    y.atan2(x)
}

#[unsafe(export_name = "math.Sinh")]
pub extern "C" fn sinh(x: f64) -> f64 {
    x.sinh()
}

#[unsafe(export_name = "math.Cosh")]
pub extern "C" fn cosh(x: f64) -> f64 {
    x.cosh()
}

#[unsafe(export_name = "math.Tanh")]
pub extern "C" fn tanh(x: f64) -> f64 {
    x.tanh()
}

/// Go's Frexp: `frac` in [½, 1) and `x == frac × 2^exp`.
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return (x, 0);
    }
    let (mut x, mut exp) = (x, 0i64);
    if x.abs() < f64::MIN_POSITIVE {
        x *= (1u64 << 52) as f64;
        exp = -52;
    }
    let bits = x.to_bits();
    exp += ((bits >> 52) & 0x7ff) as i64 - 1022;
    let bits = (bits & !(0x7ff << 52)) | (1022 << 52);
    (f64::from_bits(bits), exp)
}

/// `(frac float64, exp int)` through the out pointer (a float and an int).
#[repr(C)]
pub struct FrexpResult {
    pub frac: f64,
    pub exp: i64,
}

#[unsafe(export_name = "math.Frexp")]
pub extern "C" fn frexp_export(out: *mut FrexpResult, x: f64) {
    let (frac, exp) = frexp(x);
    // SAFETY: the caller's result buffer.
    unsafe { *out = FrexpResult { frac, exp } };
}

#[unsafe(export_name = "math.Ldexp")]
pub extern "C" fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || frac.is_nan() || frac.is_infinite() {
        return frac;
    }
    let e = exp.clamp(-2200, 2200) as i32;
    // Scale in steps that cannot overflow or lose subnormal precision early.
    let mut r = frac;
    let mut e = e;
    while e > 1000 {
        r *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        r *= 2f64.powi(-1000);
        e += 1000;
    }
    r * 2f64.powi(e)
}

/// `(int float64, frac float64)` through the out pointer.
#[repr(C)]
pub struct ModfResult {
    pub int: f64,
    pub frac: f64,
}

#[unsafe(export_name = "math.Modf")]
pub extern "C" fn modf(out: *mut ModfResult, f: f64) {
    let int = f.trunc();
    let frac = if f.is_infinite() {
        f64::NAN
    } else {
        (f - int).copysign(f)
    };
    // SAFETY: the caller's result buffer.
    unsafe { *out = ModfResult { int, frac } };
}

/// Go's Remainder (IEEE 754 remainder: the quotient rounded to even).
#[unsafe(export_name = "math.Remainder")]
pub extern "C" fn remainder(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return f64::NAN;
    }
    if y.is_infinite() {
        return x;
    }
    // fmod is exact; then adjust to the nearest multiple (ties to even).
    let r = x % y;
    let ay = y.abs();
    let ar = r.abs();
    let mut res = r;
    if ar * 2.0 > ay || (ar * 2.0 == ay && ((x - r) / y).rem_euclid(2.0) != 0.0) {
        res = r - ay.copysign(r);
    }
    if res == 0.0 { 0.0f64.copysign(x) } else { res }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_and_log2() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(log2(1024.0), 10.0);
        assert_eq!(ldexp(0.5, 4), 8.0);
    }
}
